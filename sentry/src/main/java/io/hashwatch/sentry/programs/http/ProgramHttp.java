package io.hashwatch.sentry.programs.http;

import io.hashwatch.protocols.http.DeviceHttpClient;
import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP to the JSON APIs of the miner programs on a rig, shared by their adapters: one JDK client
 * per timeout (a client holds a selector thread and a connection pool, and a rig sentry must stay
 * small), each call within the poll's timeout, each body bounded.
 */
public final class ProgramHttp {
  /** Program APIs answer a few kilobytes; xmrig's backends of a many-core CPU some tens. */
  static final int MAX_BODY_BYTES = 512 * 1024;

  /** A sentry polls with one or two timeouts; more distinct ones start over rather than grow. */
  private static final int MAX_CLIENTS = 8;

  private static final ProgramHttp SHARED = new ProgramHttp();

  private final Map<Duration, DeviceHttpClient> clients = new ConcurrentHashMap<>();

  /** The instance the standard adapters share. */
  public static ProgramHttp shared() {
    return SHARED;
  }

  /**
   * {@code GET target} (a path with its query); an error status is a reply, not an exception.
   *
   * @param timeout to connect, and again for the whole answer
   */
  public HttpReply get(ProgramEndpoint endpoint, String target, HttpAuth auth, Duration timeout)
      throws DeviceException {
    return client(timeout).get(uri(endpoint, target), auth);
  }

  /** {@code POST target} with a JSON body; an error status is a reply. */
  public HttpReply postJson(
      ProgramEndpoint endpoint, String target, String json, HttpAuth auth, Duration timeout)
      throws DeviceException {
    return client(timeout).post(uri(endpoint, target), DeviceHttpClient.JSON, json, auth);
  }

  /**
   * {@code GET target} as JSON: an error status is a {@link DeviceResponseException} with the
   * status as its code, a body that is not JSON a {@link MalformedReplyException}.
   */
  public JsonValue getJson(ProgramEndpoint endpoint, String target, HttpAuth auth, Duration timeout)
      throws DeviceException {
    return json(get(endpoint, target, auth, timeout), "GET " + path(target));
  }

  /**
   * The JSON of a reply with a 2xx status, else the status as a {@link DeviceResponseException}.
   */
  public static JsonValue json(HttpReply reply, String request) throws DeviceException {
    if (!reply.ok()) {
      throw new DeviceResponseException(reply.status(), request + " answered " + reply.summary());
    }
    return JsonReplies.parse(reply.body(), "the answer to " + request);
  }

  /** {@code value} for a query string. */
  public static String queryValue(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * {@code failure} with every secret that a query parameter carried ({@code ?password=...}, {@code
   * ?sid=...}) replaced by {@code ***}: the HTTP client quotes the request's URI.
   */
  public static DeviceException redacted(DeviceException failure, String... secrets) {
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        message = message.replace("=" + queryValue(secret), "=***");
      }
    }
    if (failure instanceof DeviceTimeoutException) {
      return new DeviceTimeoutException(message, null);
    }
    if (failure instanceof DeviceConnectException) {
      return new DeviceConnectException(message, null);
    }
    if (failure instanceof DeviceResponseException response) {
      return new DeviceResponseException(response.code(), message);
    }
    return new MalformedReplyException(message);
  }

  /** The path of a request target, without its query (which may hold a secret). */
  static String path(String target) {
    int question = target.indexOf('?');
    return question < 0 ? target : target.substring(0, question);
  }

  /** {@code http://host:port} of the endpoint with {@code target}: programs speak plain HTTP. */
  static URI uri(ProgramEndpoint endpoint, String target) {
    String scheme = "https".equalsIgnoreCase(endpoint.url().getScheme()) ? "https" : "http";
    String host = endpoint.host();
    String authority =
        (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
            + ":"
            + endpoint.port();
    return URI.create(scheme + "://" + authority + target);
  }

  private DeviceHttpClient client(Duration timeout) {
    if (clients.size() >= MAX_CLIENTS && !clients.containsKey(timeout)) {
      clients.clear();
    }
    return clients.computeIfAbsent(
        timeout,
        limit -> new DeviceHttpClient(new DeviceHttpClient.Settings(limit, limit, MAX_BODY_BYTES)));
  }
}
