package io.hashwatch.protocols.relay;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The relay families Hashwatch speaks, with their URL scheme, port and channel numbering. */
public enum RelayKind {
  /** Shelly Gen1: {@code /relay/N} over HTTP, relays numbered from 0. */
  SHELLY1("shelly1", 80, 0, 255),
  /** Shelly Gen2 and Gen3: JSON-RPC {@code Switch.*} over HTTP, switches numbered from 0. */
  SHELLY2("shelly2", 80, 0, 255),
  /** Tasmota: {@code /cm?cmnd=PowerN}, relays numbered from 1 as Tasmota does. */
  TASMOTA("tasmota", 80, 1, 32),
  /** A Modbus TCP relay board: one coil per relay, coils addressed from 0. */
  MODBUS("modbus", 502, 0, 65535);

  private final String scheme;
  private final int defaultPort;
  private final int firstChannel;
  private final int lastChannel;

  RelayKind(String scheme, int defaultPort, int firstChannel, int lastChannel) {
    this.scheme = scheme;
    this.defaultPort = defaultPort;
    this.firstChannel = firstChannel;
    this.lastChannel = lastChannel;
  }

  public String scheme() {
    return scheme;
  }

  public int defaultPort() {
    return defaultPort;
  }

  /** The channel a URL without one means: the first relay of the device. */
  public int firstChannel() {
    return firstChannel;
  }

  public int lastChannel() {
    return lastChannel;
  }

  /** The kind whose URL scheme is {@code scheme}, ignoring case. */
  public static RelayKind ofScheme(String scheme) {
    for (RelayKind kind : values()) {
      if (kind.scheme.equals(scheme.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown relay kind '" + scheme + "': use one of " + schemes());
  }

  static String schemes() {
    return Arrays.stream(values()).map(RelayKind::scheme).collect(Collectors.joining(", "));
  }
}
