package io.hashwatch.protocols.miner.vnish;

import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.JsonObject;

/**
 * The recorded VNish 1.2.7 replies of an S21 Pro in src/test/resources/fixtures/vnish-s21pro (see
 * SOURCES.md).
 */
final class Recorded {

  private Recorded() {}

  static String text(String file) {
    return Fixtures.text("vnish-s21pro/" + file);
  }

  static JsonObject json(String file) {
    return Fixtures.json("vnish-s21pro/" + file);
  }

  static JsonObject parse(String reply) {
    return Fixtures.parse(reply);
  }
}
