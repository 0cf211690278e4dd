package io.hashwatch.protocols.miner;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * The drivers, in the order they are tried, and the identification of a miner: its {@code version}
 * reply (and, when that is refused, its {@code stats}) is shown to each driver until one recognizes
 * it. Drivers that recognize a narrow mark (a firmware name) come before the broad ones.
 */
public final class DriverRegistry {
  private final List<MinerDriver> drivers;

  public DriverRegistry(List<MinerDriver> drivers) {
    this.drivers = List.copyOf(drivers);
  }

  public List<MinerDriver> drivers() {
    return drivers;
  }

  public Optional<MinerDriver> driverFor(Fingerprint fingerprint) {
    return drivers.stream().filter(driver -> driver.recognizes(fingerprint)).findFirst();
  }

  public Optional<MinerDriver> driverNamed(String firmware) {
    return drivers.stream().filter(driver -> driver.firmware().equals(firmware)).findFirst();
  }

  /**
   * Asks the miner what it is and finds its driver. Never throws. When the version reply alone
   * names no firmware a driver knows (old Avalon controllers), the miner's stats are asked too.
   */
  public Identification identify(MinerTarget target) {
    try {
      Fingerprint fingerprint = fingerprint(target.cgminer());
      Optional<MinerDriver> driver = driverFor(fingerprint);
      if (driver.isEmpty() && fingerprint.version() != null) {
        JsonObject stats = CgminerClient.parse(target.cgminer().send("{\"command\":\"stats\"}"));
        fingerprint = new Fingerprint(fingerprint.version(), stats, false);
        driver = driverFor(fingerprint);
      }
      Fingerprint seen = fingerprint;
      return driver
          .<Identification>map(found -> new Identification.Identified(found, seen))
          .orElseGet(
              () ->
                  new Identification.NotIdentified(
                      Rejected.because(
                          "no driver recognizes the miner at "
                              + target.address()
                              + " ("
                              + describe(seen)
                              + ")")));
    } catch (DeviceTimeoutException | DeviceConnectException e) {
      return new Identification.NotIdentified(Unreachable.because(e.getMessage()));
    } catch (DeviceException e) {
      return new Identification.NotIdentified(Rejected.because(e.getMessage()));
    }
  }

  /** Identifies the miner and polls it with its driver. */
  public PollResult poll(MinerTarget target) {
    Identification identification = identify(target);
    if (identification instanceof Identification.Identified identified) {
      return identified.driver().poll(target);
    }
    return ((Identification.NotIdentified) identification).why();
  }

  static Fingerprint fingerprint(CgminerClient client) throws DeviceException {
    String raw = client.send("{\"command\":\"version\"}");
    if (raw.startsWith("HTTP/")) {
      return new Fingerprint(null, null, true);
    }
    JsonObject version = CgminerClient.parse(raw);
    try {
      CgminerStatus.check(version);
      return new Fingerprint(version, null, false);
    } catch (DeviceResponseException refused) {
      JsonObject stats = CgminerClient.parse(client.send("{\"command\":\"stats\"}"));
      return new Fingerprint(null, stats, false);
    }
  }

  private static String describe(Fingerprint fingerprint) {
    if (fingerprint.httpOnApiPort()) {
      return "HTTP on the API port";
    }
    String text =
        fingerprint.version() != null ? fingerprint.versionText() : fingerprint.statsText();
    return text.length() <= 160 ? text : text.substring(0, 160) + "...";
  }
}
