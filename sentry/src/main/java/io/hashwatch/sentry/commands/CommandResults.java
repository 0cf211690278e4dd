package io.hashwatch.sentry.commands;

import io.hashwatch.protocols.report.CommandResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The results of finished commands, waiting in memory until a batch that carries them is accepted.
 * Bounded by {@link CommandRunner}, which takes no command it would have no room to report. A crash
 * loses them; the commander then sends the command again, as it has no result for it.
 */
public final class CommandResults {
  private final Deque<CommandResult> waiting = new ArrayDeque<>();
  private volatile Runnable onAdded = () -> {};

  /** Who to tell when a result is added: the uplink, so that results go out at once. */
  public void onAdded(Runnable listener) {
    this.onAdded = listener;
  }

  /** Queues a result for the next batch and tells the listener. */
  public void add(CommandResult result) {
    synchronized (this) {
      waiting.addLast(result);
    }
    onAdded.run();
  }

  /** The oldest {@code max} results, oldest first. */
  public synchronized List<CommandResult> peek(int max) {
    List<CommandResult> first = new ArrayList<>(Math.min(max, waiting.size()));
    for (CommandResult result : waiting) {
      if (first.size() == max) {
        break;
      }
      first.add(result);
    }
    return first;
  }

  /** Forgets results the commander has accepted. */
  public synchronized void remove(List<CommandResult> delivered) {
    Set<CommandResult> gone = new HashSet<>(delivered);
    waiting.removeIf(gone::contains);
  }

  public synchronized int size() {
    return waiting.size();
  }
}
