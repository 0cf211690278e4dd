package io.hashwatch.protocols.reading;

import java.util.List;

/** The device answered, but with an error status or data that could not be understood. */
public record Rejected(List<String> errors) implements PollResult {

  public Rejected {
    errors = Limits.requireReasons(errors);
  }

  public static Rejected because(String reason) {
    return new Rejected(List.of(reason));
  }

  @Override
  public String result() {
    return "rejected";
  }
}
