package io.hashwatch.commander.alerts;

import java.util.List;

/** What one evaluation changed, and the memory to hand to the next. */
public record Evaluation(List<AlertChange> changes, Conditions memory) {
  public Evaluation {
    changes = List.copyOf(changes);
  }
}
