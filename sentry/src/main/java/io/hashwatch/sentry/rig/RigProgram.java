package io.hashwatch.sentry.rig;

import io.hashwatch.sentry.config.ProgramConfig;
import io.hashwatch.sentry.programs.ProgramAdapter;
import java.util.Objects;

/**
 * A miner program the rig watches now, configured or discovered, with the adapter that speaks its
 * API.
 */
public record RigProgram(ProgramConfig config, ProgramAdapter adapter) {

  public RigProgram {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(adapter, "adapter");
    if (!adapter.type().equals(config.type())) {
      throw new IllegalArgumentException(
          "the program " + config.name() + " is " + config.type() + ", not " + adapter.type());
    }
  }

  public String name() {
    return config.name();
  }

  /** Its device address on the rig {@code rig}: {@code RIG/NAME}. */
  public String address(String rig) {
    return rig + "/" + config.name();
  }
}
