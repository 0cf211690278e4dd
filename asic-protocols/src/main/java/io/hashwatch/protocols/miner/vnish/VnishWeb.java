package io.hashwatch.protocols.miner.vnish;

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

/**
 * The VNish web API ({@code /api/v1}): {@code POST /api/v1/unlock {"pw":...}} gives a token, which
 * the privileged calls carry as {@code Authorization: Bearer <token>}. Written here on the JDK
 * client because the module's DeviceHttpClient sends no token header.
 */
final class VnishWeb {
  private static final int MAX_BODY_BYTES = 256 * 1024;

  private final HttpClient http;
  private final String base;
  private final MinerTarget target;

  VnishWeb(MinerTarget target) {
    this.target = target;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(target.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String host = target.host().contains(":") ? "[" + target.host() + "]" : target.host();
    this.base = "http://" + host + ":" + target.webPort() + "/api/v1/";
  }

  /**
   * Unlocks the API with the web password.
   *
   * @throws DeviceResponseException when the password is refused
   */
  String unlock(String password) throws DeviceException {
    String body =
        CachedJsonProvider.INSTANCE.createObjectBuilder().add("pw", password).build().toString();
    HttpReply reply = send("unlock", body, null);
    if (!reply.ok()) {
      throw new DeviceResponseException(
          reply.status(), "VNish refused the unlock with HTTP " + reply.status());
    }
    JsonValue answer = parse(reply.body());
    String token =
        answer.getValueType() == JsonValue.ValueType.OBJECT
            ? LenientFields.text(answer.asJsonObject(), "token")
            : null;
    if (token == null) {
      throw new MalformedReplyException("the VNish unlock answered without a token");
    }
    return token;
  }

  /** A privileged {@code POST} to {@code path} (below /api/v1/) with an optional JSON body. */
  HttpReply post(String path, String json, String token) throws DeviceException {
    return send(path, json, token);
  }

  static JsonValue parse(String body) throws MalformedReplyException {
    try (JsonReader reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (JsonException | NumberFormatException e) {
      throw new MalformedReplyException("the VNish web reply is not JSON", e);
    }
  }

  static String describe(HttpReply reply) {
    String body = reply.body().strip();
    return "HTTP "
        + reply.status()
        + (body.isEmpty() ? "" : ": " + (body.length() <= 160 ? body : body.substring(0, 160)));
  }

  private HttpReply send(String path, String json, String token) throws DeviceException {
    URI uri = URI.create(base + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(target.replyTimeout())
            .POST(
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
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
