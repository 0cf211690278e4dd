package io.hashwatch.protocols.report;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * The commander's answer to a batch: the last sequence number it holds for the sentry (the sentry
 * may forget everything up to it) and the commands waiting for the sentry, as JSON objects whose
 * form docs/API.md gives.
 */
public record ReportAnswer(long lastSequence, List<JsonObject> commands) {

  public ReportAnswer {
    if (lastSequence < 0) {
      throw new IllegalArgumentException("lastSequence must be >= 0");
    }
    commands = List.copyOf(commands);
  }
}
