package io.hashwatch.sentry.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestBuffersTest {
  private final RequestBuffers buffers = new RequestBuffers();

  @Test
  void aFullSmallBufferIsSwappedForALargeOneHoldingTheSameBytes() {
    ByteBuffer small = buffers.borrow();
    byte[] request = "{\"command\":\"summary\",\"parameter\":\"".repeat(100).getBytes();
    small.put(request, 0, small.capacity());

    ByteBuffer large = buffers.withRoom(small);

    assertThat(large.capacity()).isEqualTo(RequestBuffers.MAX_REQUEST);
    assertThat(large.position()).isEqualTo(small.capacity());
    assertThat(new String(large.array(), 0, large.position(), StandardCharsets.UTF_8))
        .isEqualTo(new String(request, 0, small.capacity(), StandardCharsets.UTF_8));
    assertThat(buffers.borrow()).as("the small one went back to the pool").isSameAs(small);
  }

  @Test
  void aBufferWithRoomIsKeptAndALargeOneIsNotPooled() {
    ByteBuffer small = buffers.borrow().put((byte) '{');
    assertThat(buffers.withRoom(small)).isSameAs(small);

    ByteBuffer large = ByteBuffer.allocate(RequestBuffers.MAX_REQUEST);
    buffers.giveBack(large);
    assertThat(buffers.borrow()).isNotSameAs(large);
  }

  @Test
  void aReturnedBufferComesBackEmpty() {
    ByteBuffer used = buffers.borrow().put("{\"command\":\"pools\"}".getBytes());
    buffers.giveBack(used);

    ByteBuffer again = buffers.borrow();
    assertThat(again).isSameAs(used);
    assertThat(again.position()).isZero();
    assertThat(again.remaining()).isEqualTo(again.capacity());
  }

  @Test
  void onlyBytesThatMayEndARequestHaveItChecked() {
    ByteBuffer json = ByteBuffer.allocate(64).put("  {\"command\":".getBytes());
    assertThat(RequestBuffers.mayEnd(json, 0)).isFalse();
    int before = json.position();
    json.put("\"summary\"}".getBytes());
    assertThat(RequestBuffers.mayEnd(json, before)).isTrue();

    assertThat(RequestBuffers.mayEnd(ByteBuffer.allocate(16).put("summary".getBytes()), 0))
        .as("a text request")
        .isTrue();
    assertThat(RequestBuffers.mayEnd(ByteBuffer.allocate(16).put("   ".getBytes()), 0)).isFalse();
  }

  @Test
  void aJsonRequestIsCompleteWhenItsBracesBalanceOutsideStrings() {
    assertThat(RequestBuffers.complete("{\"command\":\"summary\"}")).isTrue();
    assertThat(RequestBuffers.complete("{\"command\":\"a}\"")).isFalse();
    assertThat(RequestBuffers.complete("{\"p\":{\"q\":1}")).isFalse();
    assertThat(RequestBuffers.complete("summary|")).isTrue();
    assertThat(RequestBuffers.complete("  ")).isFalse();
  }
}
