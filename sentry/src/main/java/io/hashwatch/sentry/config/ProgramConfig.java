package io.hashwatch.sentry.config;

import io.hashwatch.sentry.programs.ProgramEndpoint;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One miner program of a rig: a {@code [program NAME]} of the config, or one found by discovery
 * (then with no unit and no commands).
 *
 * @param name the program's name on this rig; its device address is {@code RIG/NAME}
 * @param type the adapter that speaks its API ({@code xmrig}, {@code t-rex}...), lower case
 * @param endpoint where its API answers, with its token and options
 * @param unit the systemd unit that runs it, or {@code null}: restart, stop and start fall back to
 *     {@code systemctl restart|stop|start UNIT}
 * @param restartCommand a shell command that restarts it, or {@code null}
 * @param stopCommand a shell command that stops its mining, or {@code null}
 * @param startCommand a shell command that starts its mining again, or {@code null}
 */
public record ProgramConfig(
    String name,
    String type,
    ProgramEndpoint endpoint,
    String unit,
    String restartCommand,
    String stopCommand,
    String startCommand) {

  /** A safe part of a device address: letters, digits, '.', '_' and '-'. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /**
   * A systemd unit name; it may not start with '-', which {@code systemctl} would take for an
   * option.
   */
  public static final Pattern UNIT = Pattern.compile("[A-Za-z0-9_.@:][A-Za-z0-9_.@:-]{0,254}");

  public ProgramConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(endpoint, "endpoint");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a program name is 1 to 64 letters, digits, '.', '_' or '-', not " + name);
    }
    if (type.isBlank()) {
      throw new IllegalArgumentException("a program needs a type");
    }
    type = type.strip().toLowerCase(Locale.ROOT);
    if (!endpoint.name().equals(name)) {
      throw new IllegalArgumentException(
          "the endpoint of " + name + " is named " + endpoint.name());
    }
    if (unit != null && !UNIT.matcher(unit).matches()) {
      throw new IllegalArgumentException("not a systemd unit name: " + unit);
    }
  }

  /** A program found by discovery: its API only, nothing to restart it with. */
  public static ProgramConfig discovered(String type, ProgramEndpoint endpoint) {
    return new ProgramConfig(endpoint.name(), type, endpoint, null, null, null, null);
  }
}
