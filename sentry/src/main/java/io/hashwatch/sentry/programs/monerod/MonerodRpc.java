package io.hashwatch.sentry.programs.monerod;

import io.hashwatch.protocols.http.DeviceHttpClient;
import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;

/**
 * The calls to one monerod, each within the client's timeout. monerod's {@code --rpc-login
 * user:password} is HTTP Digest; the endpoint's token, {@code user:password}, answers it.
 */
final class MonerodRpc {
  /** mining_status and get_info are under 2 kB; a body far larger is not monerod's. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final ProgramEndpoint endpoint;
  private final DeviceHttpClient http;

  MonerodRpc(ProgramEndpoint endpoint, DeviceHttpClient http) {
    this.endpoint = endpoint;
    this.http = http;
  }

  HttpReply get(String path) throws DeviceException {
    return http.get(uri(path), auth());
  }

  HttpReply post(String path, JsonObject body) throws DeviceException {
    return http.post(uri(path), DeviceHttpClient.JSON, body.toString(), auth());
  }

  /** The {@code result} of JSON-RPC {@code method}; its {@code error} as the device's refusal. */
  JsonObject call(String method) throws DeviceException {
    JsonObject request =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("jsonrpc", "2.0")
            .add("id", "0")
            .add("method", method)
            .build();
    HttpReply reply = post("/json_rpc", request);
    if (!reply.ok()) {
      throw new DeviceResponseException(reply.status(), method + ": " + reply.summary());
    }
    JsonObject answer = JsonReplies.object(reply.body(), "the answer to " + method);
    if (answer.get("error") instanceof JsonObject error) {
      JsonValue code = error.get("code");
      throw new DeviceResponseException(
          -1, method + ": monerod answered error " + code + " " + error.get("message"));
    }
    if (!(answer.get("result") instanceof JsonObject result)) {
      throw new DeviceResponseException(-1, method + ": the answer holds no result");
    }
    return result;
  }

  URI daemon() {
    return endpoint.url();
  }

  private URI uri(String path) {
    URI url = endpoint.url();
    return URI.create("http://" + url.getRawAuthority() + path);
  }

  private HttpAuth auth() {
    String token = endpoint.token();
    if (token == null) {
      return HttpAuth.NONE;
    }
    int colon = token.indexOf(':');
    return colon < 0
        ? new HttpAuth.Digest(token, "")
        : new HttpAuth.Digest(token.substring(0, colon), token.substring(colon + 1));
  }
}
