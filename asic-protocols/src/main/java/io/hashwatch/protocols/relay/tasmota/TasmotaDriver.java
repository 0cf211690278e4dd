package io.hashwatch.protocols.relay.tasmota;

import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.relay.RelayDriver;
import io.hashwatch.protocols.relay.RelayHttp;
import io.hashwatch.protocols.relay.RelayResult;
import io.hashwatch.protocols.relay.RelayState;
import io.hashwatch.protocols.relay.RelayTarget;
import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Switches one relay of a Tasmota device. */
public final class TasmotaDriver implements RelayDriver {
  /** Tasmota's web user is fixed. */
  private static final String USER = "admin";

  private final RelayTarget target;
  private final RelayHttp http;

  public TasmotaDriver(RelayTarget target) {
    this.target = target;
    this.http = new RelayHttp(target);
  }

  @Override
  public RelayTarget target() {
    return target;
  }

  @Override
  public RelayResult on() {
    return RelayResult.attempt("switching on", () -> power(" On"));
  }

  @Override
  public RelayResult off() {
    return RelayResult.attempt("switching off", () -> power(" Off"));
  }

  @Override
  public RelayResult state() {
    return RelayResult.attempt(
        "reading the state",
        () ->
            new RelayState(
                power("").on(), TasmotaReplies.energyPower(command("Status 8"), target.channel())));
  }

  private RelayState power(String argument) throws DeviceException {
    JsonObject reply = command("Power" + target.channel() + argument);
    return RelayState.of(TasmotaReplies.power(reply, target.channel()));
  }

  private JsonObject command(String command) throws DeviceException {
    StringBuilder query = new StringBuilder("/cm?cmnd=").append(encode(command));
    if (target.credentials().present()) {
      query
          .append("&user=")
          .append(encode(target.credentials().userOr(USER)))
          .append("&password=")
          .append(encode(target.credentials().password()));
    }
    HttpReply reply = http.get(query.toString(), HttpAuth.NONE);
    http.requireOk(reply, HttpAuth.NONE);
    return TasmotaReplies.reply(command, reply.body());
  }

  /** Percent-encodes a query value; a space as %20, which every web server reads as a space. */
  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
