package io.hashwatch.protocols.reading;

import java.util.List;

/** The device did not answer at all: no TCP connection, or a timeout before any reply. */
public record Unreachable(List<String> errors) implements PollResult {

  public Unreachable {
    errors = Limits.requireReasons(errors);
  }

  public static Unreachable because(String reason) {
    return new Unreachable(List.of(reason));
  }

  @Override
  public String result() {
    return "unreachable";
  }
}
