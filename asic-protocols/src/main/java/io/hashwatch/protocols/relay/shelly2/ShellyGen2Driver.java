package io.hashwatch.protocols.relay.shelly2;

import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.relay.RelayDriver;
import io.hashwatch.protocols.relay.RelayHttp;
import io.hashwatch.protocols.relay.RelayResult;
import io.hashwatch.protocols.relay.RelayState;
import io.hashwatch.protocols.relay.RelayTarget;
import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonObject;

/** Switches one switch component of a Shelly Gen2 or Gen3 device. */
public final class ShellyGen2Driver implements RelayDriver {
  /** Gen2+ devices have one user, and it is always this one. */
  private static final String USER = "admin";

  private final RelayTarget target;
  private final RelayHttp http;
  private final HttpAuth auth;

  public ShellyGen2Driver(RelayTarget target) {
    this.target = target;
    this.http = new RelayHttp(target);
    this.auth =
        target.credentials().present()
            ? new HttpAuth.Digest(
                target.credentials().userOr(USER), target.credentials().password())
            : HttpAuth.NONE;
  }

  @Override
  public RelayTarget target() {
    return target;
  }

  @Override
  public RelayResult on() {
    return RelayResult.attempt("switching on", () -> set(true));
  }

  @Override
  public RelayResult off() {
    return RelayResult.attempt("switching off", () -> set(false));
  }

  @Override
  public RelayResult state() {
    return RelayResult.attempt(
        "reading the state",
        () -> ShellyRpcReplies.switchStatus(call("Switch.GetStatus", "id=" + target.channel())));
  }

  /** Switch.Set answers the state before ({@code was_on}); the state after is the one asked for. */
  private RelayState set(boolean on) throws DeviceException {
    ShellyRpcReplies.requireSetResult(call("Switch.Set", "id=" + target.channel() + "&on=" + on));
    return RelayState.of(on);
  }

  private JsonObject call(String method, String query) throws DeviceException {
    HttpReply reply = http.get("/rpc/" + method + "?" + query, auth);
    if (!reply.ok() && reply.status() != 401) {
      // A refused call comes with an HTTP error status; its JSON-RPC message says why.
      ShellyRpcReplies.throwIfError(method, reply.body());
    }
    http.requireOk(reply, auth);
    return ShellyRpcReplies.result(method, reply.body());
  }
}
