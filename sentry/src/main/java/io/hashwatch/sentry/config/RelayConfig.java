package io.hashwatch.sentry.config;

import io.hashwatch.protocols.relay.RelayTarget;
import io.hashwatch.protocols.relay.RelayUrl;
import java.util.List;
import java.util.Objects;

/**
 * A relay the sentry watches, and the miners it powers ({@code host:port}, as the sentry reports
 * them).
 */
public record RelayConfig(RelayTarget target, List<String> powers) {

  public RelayConfig {
    Objects.requireNonNull(target, "target");
    powers = List.copyOf(powers);
  }

  /**
   * The relay as the sentry reports it: its URL without credentials and options ({@code
   * shelly1://10.0.0.9/0}), so that changing a password or an off-time keeps the same device.
   */
  public String address() {
    return address(target);
  }

  public static String address(RelayTarget target) {
    return RelayUrl.format(
        new RelayTarget(
            target.kind(),
            target.host(),
            target.port(),
            target.unit(),
            target.channel(),
            RelayTarget.Credentials.NONE,
            RelayTarget.Timing.DEFAULT));
  }
}
