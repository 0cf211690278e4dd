package io.hashwatch.protocols.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * An IPv4 range such as {@code 10.0.1.0/24}, or a single address. At most a /16 (65,536 addresses):
 * a sentry watches a site, not the internet. The network and broadcast addresses of a range of /30
 * or wider are left out, as no host has them.
 */
public record Cidr(long base, int prefix) {
  public static final int WIDEST_PREFIX = 16;

  public Cidr {
    if (prefix < WIDEST_PREFIX || prefix > 32) {
      throw new IllegalArgumentException(
          "a range is /" + WIDEST_PREFIX + " to /32, not /" + prefix);
    }
    long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    base = base & mask;
  }

  /** Parses {@code a.b.c.d/p} or {@code a.b.c.d}. */
  public static Cidr parse(String text) {
    String[] parts = text.strip().split("/", -1);
    if (parts.length > 2) {
      throw new IllegalArgumentException("not an IPv4 range: " + text);
    }
    int prefix;
    try {
      prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an IPv4 range: " + text, e);
    }
    return new Cidr(address(parts[0], text), prefix);
  }

  /** The host addresses of the range, in order. */
  public List<String> addresses() {
    long size = 1L << (32 - prefix);
    long first = size >= 4 ? base + 1 : base;
    long last = size >= 4 ? base + size - 2 : base + size - 1;
    List<String> addresses = new ArrayList<>((int) (last - first + 1));
    for (long address = first; address <= last; address++) {
      addresses.add(text(address));
    }
    return addresses;
  }

  @Override
  public String toString() {
    return text(base) + "/" + prefix;
  }

  static String text(long address) {
    return ((address >> 24) & 0xFF)
        + "."
        + ((address >> 16) & 0xFF)
        + "."
        + ((address >> 8) & 0xFF)
        + "."
        + (address & 0xFF);
  }

  private static long address(String dotted, String whole) {
    String[] octets = dotted.split("\\.", -1);
    if (octets.length != 4) {
      throw new IllegalArgumentException("not an IPv4 range: " + whole);
    }
    long address = 0;
    for (String octet : octets) {
      int value;
      try {
        value = Integer.parseInt(octet);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not an IPv4 range: " + whole, e);
      }
      if (value < 0 || value > 255 || octet.isEmpty() || octet.length() > 3) {
        throw new IllegalArgumentException("not an IPv4 range: " + whole);
      }
      address = (address << 8) | value;
    }
    return address;
  }
}
