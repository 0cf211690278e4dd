package io.hashwatch.protocols.miner.braiins;

import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.JsonObject;

/** The recorded Braiins OS replies in src/test/resources/fixtures/braiins-os (see SOURCES.md). */
final class Recorded {
  static final String FOREMAN = "bosminer-api-foreman/";
  static final String DOCS = "bosminer-docs/";

  private Recorded() {}

  static String text(String file) {
    return Fixtures.text("braiins-os/" + file);
  }

  static JsonObject json(String file) {
    return Fixtures.json("braiins-os/" + file);
  }

  static JsonObject parse(String reply) {
    return Fixtures.parse(reply);
  }
}
