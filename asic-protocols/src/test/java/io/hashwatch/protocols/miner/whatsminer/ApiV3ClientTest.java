package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The v3 framing against real loopback sockets, well-behaved and not. */
class ApiV3ClientTest {

  private static ApiV3Client client(int port) {
    return new ApiV3Client("127.0.0.1", port, Duration.ofSeconds(1), Duration.ofMillis(500), 4096);
  }

  @Test
  void framesTheRequestAndReadsTheFramedReply() throws Exception {
    try (ApiV3StandIn standIn =
        new ApiV3StandIn(
            request -> Fixtures.text("whatsminer-btminer-apiv3/get_miner_status_pools.json"))) {
      var reply = client(standIn.port()).get("get.miner.status", "pools");

      assertThat(reply.getJsonObject("msg").getJsonArray("pools")).hasSize(3);
      assertThat(standIn.requests())
          .containsExactly("{\"cmd\":\"get.miner.status\",\"param\":\"pools\"}");
      assertThat(standIn.announcedLengths()).containsExactly(42);
    }
  }

  @Test
  void aNonZeroCodeIsAnErrorWithThatCode() throws Exception {
    try (ApiV3StandIn standIn =
        new ApiV3StandIn(request -> "{\"code\":-4,\"msg\":\"permission denied\"}")) {
      assertThatThrownBy(() -> client(standIn.port()).get("get.miner.setting", null))
          .isInstanceOfSatisfying(
              DeviceResponseException.class, e -> assertThat(e.code()).isEqualTo(-4))
          .hasMessage("the miner answered code -4: permission denied");
    }
  }

  @Test
  void aReplyWithoutCodeIsMalformed() throws Exception {
    try (ApiV3StandIn standIn = new ApiV3StandIn(request -> "{\"STATUS\":\"S\"}")) {
      assertThatThrownBy(() -> client(standIn.port()).get("get.device.info", null))
          .isInstanceOf(MalformedReplyException.class)
          .hasMessageContaining("no code");
    }
  }

  @Test
  void silenceIsMalformedForAReadAndEmptyForTheExchange() throws Exception {
    try (ApiV3StandIn standIn = new ApiV3StandIn(request -> null)) {
      assertThat(client(standIn.port()).exchange("{}")).isEmpty();
      assertThatThrownBy(() -> client(standIn.port()).get("get.device.info", null))
          .isInstanceOf(MalformedReplyException.class)
          .hasMessageContaining("without a reply");
    }
  }

  @Test
  void anAnnouncedLengthOverTheBoundIsRefusedWithoutReadingIt() throws Exception {
    try (RawServer server = new RawServer(new byte[] {0, 0, 0, 1})) { // 16 MiB little-endian
      assertThatThrownBy(() -> client(server.port()).exchange("{}"))
          .isInstanceOf(MalformedReplyException.class)
          .hasMessageContaining("16777216 bytes");
    }
  }

  @Test
  void aReplyCutInsideIsMalformed() throws Exception {
    try (RawServer server = new RawServer(new byte[] {10, 0, 0, 0, '{', '}'})) {
      assertThatThrownBy(() -> client(server.port()).exchange("{}"))
          .isInstanceOf(MalformedReplyException.class)
          .hasMessageContaining("inside its reply");
    }
  }

  @Test
  void aMinerThatNeverAnswersTimesOut() throws Exception {
    try (RawServer server = new RawServer(null)) {
      assertThatThrownBy(() -> client(server.port()).exchange("{}"))
          .isInstanceOf(DeviceTimeoutException.class)
          .hasMessageContaining("500 ms");
    }
  }

  /** Accepts one connection and writes {@code bytes} then closes, or holds it open when null. */
  private static final class RawServer implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    private final CompletableFuture<Void> done;

    RawServer(byte[] bytes) throws IOException {
      done =
          CompletableFuture.runAsync(
              () -> {
                try (Socket socket = server.accept()) {
                  InputStream in = socket.getInputStream();
                  in.readNBytes(6); // the 4-byte header and "{}"
                  if (bytes == null) {
                    in.read(); // until the client gives up and closes
                    return;
                  }
                  OutputStream out = socket.getOutputStream();
                  out.write(bytes);
                  out.flush();
                } catch (IOException e) {
                  // the client went away
                }
              });
    }

    int port() {
      return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      server.close();
      done.cancel(true);
    }
  }
}
