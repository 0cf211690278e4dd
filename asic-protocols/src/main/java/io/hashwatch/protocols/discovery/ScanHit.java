package io.hashwatch.protocols.discovery;

import io.hashwatch.protocols.reading.PollResult;

/**
 * An address whose miner API port answered.
 *
 * @param firmware the firmware family of the driver that recognized it, or null when none did
 * @param detail what the miner said of itself, or why it was not recognized
 */
public record ScanHit(String address, int port, String firmware, String detail) {

  public boolean identified() {
    return firmware != null;
  }

  static ScanHit unrecognized(String address, int port, PollResult why) {
    return new ScanHit(address, port, null, String.join("; ", why.errors()));
  }
}
