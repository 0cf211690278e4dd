package io.hashwatch.commander.alerts;

import java.time.Instant;

/**
 * Whether a rule's condition holds for a subject now: it holds (saying what is wrong, and since
 * when if the facts know better than the engine), it does not, or the facts cannot tell (no new
 * shares, a counter reset), which changes nothing.
 */
record Finding(State state, String message, Instant since) {
  enum State {
    HOLDS,
    ABSENT,
    UNKNOWN
  }

  static final Finding ABSENT = new Finding(State.ABSENT, null, null);
  static final Finding UNKNOWN = new Finding(State.UNKNOWN, null, null);

  static Finding holds(String message) {
    return new Finding(State.HOLDS, message, null);
  }

  static Finding holdsSince(String message, Instant since) {
    return new Finding(State.HOLDS, message, since);
  }

  static Finding when(boolean holds, String message) {
    return holds ? holds(message) : ABSENT;
  }
}
