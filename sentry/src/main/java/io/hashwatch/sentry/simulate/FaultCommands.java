package io.hashwatch.sentry.simulate;

import java.util.Locale;

/**
 * The fault commands {@code sentry simulate} reads on its standard input, one a line: {@code stall
 * ADDR:PORT}, {@code kill ADDR:PORT}, {@code heal ADDR:PORT}. Each is answered with one line,
 * {@code ok <command> <addr:port>} or {@code error <why>}, so that a test driving the simulator
 * knows when the fault is in place.
 */
public final class FaultCommands {
  private final Simulator simulator;

  public FaultCommands(Simulator simulator) {
    this.simulator = simulator;
  }

  /** Carries out {@code line} and says how it went. */
  public String apply(String line) {
    String[] words = line.strip().split("\\s+");
    if (words.length != 2) {
      return "error expected 'stall|kill|heal ADDR:PORT', got '" + line.strip() + "'";
    }
    String command = words[0].toLowerCase(Locale.ROOT);
    String endpoint = words[1];
    try {
      switch (command) {
        case "stall" -> simulator.stall(endpoint);
        case "kill" -> simulator.kill(endpoint);
        case "heal" -> simulator.heal(endpoint);
        default -> {
          return "error unknown command '" + words[0] + "' (stall, kill, heal)";
        }
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      return "error " + e.getMessage();
    }
    return "ok " + command + " " + endpoint;
  }
}
