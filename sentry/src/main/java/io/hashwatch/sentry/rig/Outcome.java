package io.hashwatch.sentry.rig;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.report.CommandResult.Status;

/** What came of a command, before its result gets its id and time. */
record Outcome(Status status, String detail) {

  static Outcome of(ActionResult result) {
    if (result instanceof ActionResult.Done done) {
      return new Outcome(Status.SUCCEEDED, done.detail());
    }
    if (result instanceof ActionResult.Unsupported unsupported) {
      return new Outcome(Status.UNSUPPORTED, unsupported.reason());
    }
    return new Outcome(Status.FAILED, ((ActionResult.Failed) result).reason());
  }

  /** This outcome with {@code prefix} before its detail. */
  Outcome after(String prefix) {
    return new Outcome(status, prefix + detail);
  }
}
