package io.hashwatch.protocols.relay;

import io.hashwatch.protocols.http.DeviceHttpClient;
import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import java.net.URI;

/**
 * The HTTP side shared by the HTTP relays: a {@link DeviceHttpClient} with the target's timeouts,
 * the device's URLs, and HTTP error statuses as {@link DeviceResponseException}s that say what a
 * relay URL lacks. Messages never show a password that travels in a query string (Tasmota's).
 */
public final class RelayHttp {
  /** Relay replies are a few hundred bytes; a status page a few kilobytes. */
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final RelayTarget target;
  private final DeviceHttpClient client;

  public RelayHttp(RelayTarget target) {
    this.target = target;
    this.client =
        new DeviceHttpClient(
            new DeviceHttpClient.Settings(
                target.timing().connectTimeout(), target.timing().replyTimeout(), MAX_BODY_BYTES));
  }

  /**
   * GETs {@code pathAndQuery} (already encoded) and answers the reply whatever its status. A
   * transport failure's message shows the URL with any password in it masked.
   */
  public HttpReply get(String pathAndQuery, HttpAuth auth) throws DeviceException {
    URI uri = URI.create("http://" + target.address() + pathAndQuery);
    try {
      return client.get(uri, auth);
    } catch (DeviceException e) {
      throw masked(e, uri.toString(), mask(uri.toString()));
    }
  }

  /** Throws what an HTTP error status means: refused credentials, a missing page... */
  public void requireOk(HttpReply reply, HttpAuth auth) throws DeviceResponseException {
    if (reply.ok()) {
      return;
    }
    if (reply.status() == 401) {
      throw new DeviceResponseException(
          401,
          target.address()
              + (auth instanceof HttpAuth.None
                  ? " wants a password (HTTP 401): put user:password@ in the relay URL"
                  : " refused the user and password (HTTP 401)"));
    }
    throw new DeviceResponseException(
        reply.status(),
        target.address()
            + " answered HTTP "
            + reply.status()
            + ": "
            + JsonReplies.snippet(reply.body()));
  }

  static String mask(String url) {
    return url.replaceAll("([?&]password=)[^&]*", "$1***");
  }

  private static DeviceException masked(DeviceException e, String url, String safe) {
    if (url.equals(safe)) {
      return e;
    }
    String message = String.valueOf(e.getMessage()).replace(url, safe);
    if (e instanceof DeviceTimeoutException) {
      return new DeviceTimeoutException(message, null);
    }
    if (e instanceof DeviceConnectException) {
      return new DeviceConnectException(message, null);
    }
    if (e instanceof DeviceResponseException response) {
      return new DeviceResponseException(response.code(), message);
    }
    return new MalformedReplyException(message);
  }
}
