package io.hashwatch.protocols.miner.braiins;

import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The Braiins OS public REST API (25.07 and later; OpenAPI "Braiins OS Public REST API" 1.0-1.3):
 * {@code POST /api/v1/auth/login} gives a token that later calls carry as the whole {@code
 * Authorization} header (no "Bearer"); actions are {@code PUT}s. Written here on the JDK client
 * because the module's DeviceHttpClient sends neither PUT nor a token header.
 */
final class BraiinsRest {
  private static final int MAX_BODY_BYTES = 256 * 1024;

  private final HttpClient http;
  private final String base;
  private final Duration timeout;

  BraiinsRest(MinerTarget target) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(target.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String host = target.host().contains(":") ? "[" + target.host() + "]" : target.host();
    this.base = "http://" + host + ":" + target.webPort();
    this.timeout = target.replyTimeout();
  }

  /**
   * Logs in.
   *
   * @return the token, or empty when the firmware has no REST API (it answers 404: Braiins OS
   *     before 25.07)
   * @throws DeviceResponseException when the login is refused (wrong credentials)
   */
  Optional<String> login(String user, String password) throws DeviceException {
    String body =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("username", user)
            .add("password", password)
            .build()
            .toString();
    HttpReply reply = send("POST", "/api/v1/auth/login", body, null);
    if (reply.status() == 404) {
      return Optional.empty();
    }
    if (!reply.ok()) {
      throw new DeviceResponseException(
          reply.status(), "the Braiins OS login was refused with HTTP " + reply.status());
    }
    JsonValue answer = parse(reply.body());
    String token =
        answer.getValueType() == JsonValue.ValueType.OBJECT
            ? LenientFields.text(answer.asJsonObject(), "token")
            : null;
    if (token == null) {
      throw new MalformedReplyException("the Braiins OS login answered without a token");
    }
    return Optional.of(token);
  }

  /** A {@code PUT} with the session's token and an optional JSON body. */
  HttpReply put(String path, String json, String token) throws DeviceException {
    return send("PUT", path, json, token);
  }

  static JsonValue parse(String body) throws MalformedReplyException {
    try (JsonReader reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (JsonException | NumberFormatException e) {
      throw new MalformedReplyException("the Braiins OS REST reply is not JSON", e);
    }
  }

  /** Whether a reply's body is JSON {@code true}: for pause, "it was already paused". */
  static boolean saysTrue(HttpReply reply) {
    try {
      return parse(reply.body()) == JsonValue.TRUE;
    } catch (MalformedReplyException e) {
      return false;
    }
  }

  static String describe(HttpReply reply) {
    String body = reply.body().strip();
    return "HTTP "
        + reply.status()
        + (body.isEmpty() ? "" : ": " + (body.length() <= 160 ? body : body.substring(0, 160)));
  }

  private HttpReply send(String method, String path, String json, String token)
      throws DeviceException {
    URI uri = URI.create(base + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", token);
    }
    try {
      HttpResponse<InputStream> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
          throw new MalformedReplyException(uri + " sent a body over " + MAX_BODY_BYTES + " bytes");
        }
        return new HttpReply(response.statusCode(), new String(bytes, StandardCharsets.UTF_8));
      }
    } catch (HttpConnectTimeoutException e) {
      throw new DeviceTimeoutException(uri + " did not accept a connection in time", e);
    } catch (HttpTimeoutException e) {
      throw new DeviceTimeoutException(uri + " did not answer in time", e);
    } catch (IOException e) {
      throw new DeviceConnectException("cannot talk to " + uri + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeviceTimeoutException("interrupted while asking " + uri, e);
    }
  }
}
