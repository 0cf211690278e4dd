package io.hashwatch.protocols.relay;

/** One step of a {@link PowerCycle} and what came of it. */
public record CycleStep(Step step, RelayResult result) {

  /** The steps of a power cycle, in their order. */
  public enum Step {
    OFF("off"),
    ON("on"),
    READ_BACK("read back");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public CycleStep {
    if (step == null || result == null) {
      throw new IllegalArgumentException("a cycle step needs its step and its result");
    }
  }
}
