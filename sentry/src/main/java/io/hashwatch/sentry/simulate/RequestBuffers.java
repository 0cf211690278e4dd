package io.hashwatch.sentry.simulate;

import io.hashwatch.protocols.cgminer.CgminerRequests;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The buffers simulated connections read their requests into. A cgminer request is a few dozen
 * bytes, so each connection starts with a small buffer from a pool and swaps it for a large one
 * only when a request fills it; buffers come back when their connection answers or closes. Used by
 * the simulator's one thread only.
 */
final class RequestBuffers {
  /** The longest request read; one that fills it is answered as it is. */
  static final int MAX_REQUEST = 64 * 1024;

  private static final int SMALL = 512;
  private static final int MAX_POOLED = 1024;

  private final Deque<ByteBuffer> pool = new ArrayDeque<>();

  ByteBuffer borrow() {
    ByteBuffer buffer = pool.poll();
    return buffer == null ? ByteBuffer.allocate(SMALL) : buffer;
  }

  /** Keeps a small buffer for the next connection; a large one goes to the collector. */
  void giveBack(ByteBuffer buffer) {
    if (buffer.capacity() == SMALL && pool.size() < MAX_POOLED) {
      pool.push(buffer.clear());
    }
  }

  /** {@code request}, or when it is a full small buffer, a large one holding the same bytes. */
  ByteBuffer withRoom(ByteBuffer request) {
    if (request.hasRemaining() || request.capacity() >= MAX_REQUEST) {
      return request;
    }
    ByteBuffer large = ByteBuffer.allocate(MAX_REQUEST).put(request.flip());
    giveBack(request);
    return large;
  }

  /** Whether the request reached the bound: it is answered as it is. */
  static boolean full(ByteBuffer request) {
    return request.capacity() >= MAX_REQUEST && !request.hasRemaining();
  }

  /**
   * Whether the bytes read since {@code from} may end the request: a closing brace or a line end,
   * or any text that is not JSON. Saves building the request text on every read of a long one.
   */
  static boolean mayEnd(ByteBuffer request, int from) {
    byte[] bytes = request.array();
    for (int i = from; i < request.position(); i++) {
      if (bytes[i] == '}' || bytes[i] == '\n') {
        return true;
      }
    }
    for (int i = 0; i < request.position(); i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return bytes[i] != '{';
      }
    }
    return false;
  }

  /** A JSON request is complete when its braces balance; a text one when it has arrived. */
  static boolean complete(String request) {
    String text = request.strip();
    return text.startsWith("{") ? CgminerRequests.isWholeJson(text) : !text.isEmpty();
  }
}
