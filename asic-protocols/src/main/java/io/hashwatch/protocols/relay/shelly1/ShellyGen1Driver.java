package io.hashwatch.protocols.relay.shelly1;

import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.relay.RelayDriver;
import io.hashwatch.protocols.relay.RelayHttp;
import io.hashwatch.protocols.relay.RelayResult;
import io.hashwatch.protocols.relay.RelayState;
import io.hashwatch.protocols.relay.RelayTarget;
import io.hashwatch.protocols.transport.DeviceException;

/** Switches one relay of a Shelly Gen1 device. */
public final class ShellyGen1Driver implements RelayDriver {
  /** The user Gen1 devices suggest when login is turned on. */
  private static final String DEFAULT_USER = "admin";

  private final RelayTarget target;
  private final RelayHttp http;
  private final HttpAuth auth;

  public ShellyGen1Driver(RelayTarget target) {
    this.target = target;
    this.http = new RelayHttp(target);
    this.auth =
        target.credentials().present()
            ? new HttpAuth.Basic(
                target.credentials().userOr(DEFAULT_USER), target.credentials().password())
            : HttpAuth.NONE;
  }

  @Override
  public RelayTarget target() {
    return target;
  }

  @Override
  public RelayResult on() {
    return RelayResult.attempt("switching on", () -> relay("?turn=on"));
  }

  @Override
  public RelayResult off() {
    return RelayResult.attempt("switching off", () -> relay("?turn=off"));
  }

  @Override
  public RelayResult state() {
    return RelayResult.attempt(
        "reading the state",
        () -> {
          RelayState relay = relay("");
          return new RelayState(relay.on(), power());
        });
  }

  private RelayState relay(String query) throws DeviceException {
    HttpReply reply = http.get("/relay/" + target.channel() + query, auth);
    http.requireOk(reply, auth);
    return ShellyGen1Replies.relay(reply.body());
  }

  /** The metered power, or null on models without a meter (they answer 404). */
  private Double power() throws DeviceException {
    HttpReply reply = http.get("/meter/" + target.channel(), auth);
    if (reply.status() == 404) {
      return null;
    }
    http.requireOk(reply, auth);
    return ShellyGen1Replies.meterPower(reply.body());
  }
}
