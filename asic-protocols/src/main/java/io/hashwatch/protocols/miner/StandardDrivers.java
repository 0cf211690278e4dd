package io.hashwatch.protocols.miner;

import java.util.List;

/** Every driver Hashwatch ships, in the order identification tries them. */
public final class StandardDrivers {

  private StandardDrivers() {}

  public static DriverRegistry registry() {
    return new DriverRegistry(List.of());
  }
}
