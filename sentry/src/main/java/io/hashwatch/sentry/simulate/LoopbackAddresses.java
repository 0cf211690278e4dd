package io.hashwatch.sentry.simulate;

/**
 * Addresses in 127.0.0.0/8, which every Linux host answers on without configuration: the simulator
 * gives each miner its own, as a farm's miners each have their own IP.
 */
final class LoopbackAddresses {
  private static final long FIRST = 0x7F000001L; // 127.0.0.1
  private static final long LAST = 0x7FFFFFFEL; // 127.255.255.254

  private LoopbackAddresses() {}

  static long parse(String dotted) {
    String[] octets = dotted.strip().split("\\.", -1);
    if (octets.length != 4) {
      throw new IllegalArgumentException("not an IPv4 address: " + dotted);
    }
    long address = 0;
    for (String octet : octets) {
      int value = Integer.parseInt(octet);
      if (value < 0 || value > 255) {
        throw new IllegalArgumentException("not an IPv4 address: " + dotted);
      }
      address = (address << 8) | value;
    }
    if (address < FIRST || address > LAST) {
      throw new IllegalArgumentException("simulated miners live in 127.0.0.0/8, not at " + dotted);
    }
    return address;
  }

  /** The next address, skipping those ending in .0 or .255. */
  static long next(long address) {
    long next = address + 1;
    while ((next & 0xFF) == 0 || (next & 0xFF) == 0xFF) {
      next++;
    }
    if (next > LAST) {
      throw new IllegalStateException("no loopback addresses left after " + text(address));
    }
    return next;
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
}
