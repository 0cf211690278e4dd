package io.hashwatch.protocols.relay;

import io.hashwatch.protocols.testing.HttpStandIn;
import io.hashwatch.protocols.testing.HttpStandIn.Answer;
import io.hashwatch.protocols.testing.HttpStandIn.Request;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An HTTP relay device on a real loopback server ({@link HttpStandIn}): its relays by number, all
 * on at start, which each kind's {@link #answer} reads and switches as that device does.
 */
public abstract class RelayStandIn implements AutoCloseable {
  /** Whether each relay is on, by its number on the device. */
  protected final Map<Integer, Boolean> relays = new ConcurrentHashMap<>();

  private HttpStandIn http;

  /** Relays {@code first} to {@code first + count - 1}, all on. */
  protected RelayStandIn(int first, int count) {
    for (int relay = first; relay < first + count; relay++) {
      relays.put(relay, true);
    }
  }

  /** Starts answering: the last step of a subclass's constructor, once its fields are set. */
  protected final void serve() throws IOException {
    http = new HttpStandIn(this::answer);
  }

  /** The device's answer to {@code request}. */
  protected abstract Answer answer(Request request);

  public boolean isOn(int relay) {
    return relays.get(relay);
  }

  public int port() {
    return http.port();
  }

  /** The requests received so far, in order. */
  public List<Request> requests() {
    return http.requests();
  }

  @Override
  public void close() {
    http.close();
  }
}
