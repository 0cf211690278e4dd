package io.hashwatch.protocols.miner.epic;

import io.hashwatch.protocols.http.DeviceHttpClient;
import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;

/**
 * The HTTP API of ePIC's UMC firmware, served on the cgminer port (4028): {@code GET /<name>}
 * answers JSON; {@code POST /<name>} takes {@code {"param":...,"password":...}} and answers {@code
 * {"result":true|false,"error":...}}.
 */
final class EpicApi {
  private final DeviceHttpClient http;
  private final URI base;

  EpicApi(DeviceHttpClient http, String host, int port) {
    this.http = http;
    this.base =
        URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/");
  }

  /** {@code GET /<path>} as JSON; an HTTP error status is a {@link DeviceResponseException}. */
  JsonValue get(String path) throws DeviceException {
    HttpReply reply = http.get(base.resolve(path), HttpAuth.NONE);
    if (!reply.ok()) {
      throw new DeviceResponseException(
          reply.status(), "GET /" + path + " answered HTTP " + reply.status());
    }
    return JsonReplies.parse(reply.body(), "the answer to GET /" + path);
  }

  JsonObject getObject(String path) throws DeviceException {
    JsonValue value = get(path);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new MalformedReplyException("GET /" + path + " did not answer a JSON object");
    }
    return value.asJsonObject();
  }

  /** {@code POST /<path>} with {@code param} and the password; the reply as it came. */
  HttpReply post(String path, JsonValue param, String password) throws DeviceException {
    String body =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("param", param)
            .add("password", password)
            .build()
            .toString();
    return http.post(base.resolve(path), DeviceHttpClient.JSON, body, HttpAuth.NONE);
  }
}
