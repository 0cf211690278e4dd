package io.hashwatch.protocols.reading;

import java.util.List;

/** The device answered correctly but had nothing to report yet (for example still starting). */
public record NoData(List<String> errors) implements PollResult {

  public NoData {
    errors = Limits.requireReasons(errors);
  }

  public static NoData because(String reason) {
    return new NoData(List.of(reason));
  }

  @Override
  public String result() {
    return "no-data";
  }
}
