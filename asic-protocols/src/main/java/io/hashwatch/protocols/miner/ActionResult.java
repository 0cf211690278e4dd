package io.hashwatch.protocols.miner;

/** What came of asking a miner to do something. */
public sealed interface ActionResult {

  /** The miner accepted the action. */
  record Done(String detail) implements ActionResult {}

  /** This firmware cannot do the action; nothing was sent. */
  record Unsupported(String reason) implements ActionResult {}

  /** The action was sent and failed, or the miner could not be reached. */
  record Failed(String reason) implements ActionResult {}
}
