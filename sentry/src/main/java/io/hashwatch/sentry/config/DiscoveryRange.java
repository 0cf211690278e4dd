package io.hashwatch.sentry.config;

import java.util.ArrayList;
import java.util.List;

/**
 * IPv4 addresses to search for miners, from {@code first} to {@code last} inclusive (as unsigned
 * 32-bit numbers), each asked on {@code port}; at most {@value #MAX_ADDRESSES} addresses.
 *
 * @param text the range as the config wrote it, for logs
 */
public record DiscoveryRange(String text, long first, long last, int port) {
  public static final int MAX_ADDRESSES = 65_536;

  public DiscoveryRange {
    if (first > last || first < 0 || last > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("a range goes from a lower to a higher address");
    }
    if (last - first + 1 > MAX_ADDRESSES) {
      throw new IllegalArgumentException(
          "a range holds at most " + MAX_ADDRESSES + " addresses (a /16)");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("a port is 1 to 65535, not " + port);
    }
  }

  /** Every address of the range, in order. */
  public List<String> addresses() {
    List<String> addresses = new ArrayList<>((int) (last - first + 1));
    for (long address = first; address <= last; address++) {
      addresses.add(text(address));
    }
    return addresses;
  }

  public int size() {
    return (int) (last - first + 1);
  }

  static String text(long address) {
    return (address >> 24 & 0xFF)
        + "."
        + (address >> 16 & 0xFF)
        + "."
        + (address >> 8 & 0xFF)
        + "."
        + (address & 0xFF);
  }

  @Override
  public String toString() {
    return text;
  }
}
