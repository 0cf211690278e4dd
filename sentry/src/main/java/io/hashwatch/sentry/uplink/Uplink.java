package io.hashwatch.sentry.uplink;

import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.protocols.report.SentryCommand;
import io.hashwatch.protocols.report.SentryHealth;
import io.hashwatch.sentry.commands.CommandResults;
import io.hashwatch.sentry.outbox.Outbox;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One exchange with the commander: the oldest waiting outbox entries (at most {@link
 * Report#MAX_ENTRIES}), the command results not yet accepted, the sentry's health and the count of
 * entries the outbox dropped. What the commander holds is forgotten; its commands go to the runner.
 * Nothing is forgotten on a refusal or a failure.
 */
public final class Uplink {
  private static final System.Logger LOG = System.getLogger(Uplink.class.getName());

  private final Commanders commanders;
  private final Outbox outbox;
  private final CommandResults results;
  private final Consumer<List<SentryCommand>> commands;
  private final Supplier<SentryHealth> health;

  /**
   * What one exchange did.
   *
   * @param commander the base URL it went to
   * @param entries how many entries it carried
   * @param sendAgain whether more is ready to go at once: the batch was full, or the outbox was
   *     renumbered and must be sent again
   */
  public record Exchange(SendResult result, URI commander, int entries, boolean sendAgain) {}

  /**
   * @param commands hears of the commands in each answer (the runner)
   * @param health the sentry's health now, sent with each batch
   */
  public Uplink(
      Commanders commanders,
      Outbox outbox,
      CommandResults results,
      Consumer<List<SentryCommand>> commands,
      Supplier<SentryHealth> health) {
    this.commanders = commanders;
    this.outbox = outbox;
    this.results = results;
    this.commands = commands;
    this.health = health;
  }

  public Commanders commanders() {
    return commanders;
  }

  /**
   * Sends one batch to the commander used now, and moves on to the next one if it fails. While
   * another than the first is used, the batch goes to the first when that one is due to be tried
   * again: if it takes it, the sentry stays there; if not, the same batch goes to the one used now.
   * Either way one commander stores it, and the shared database stores it once by its sequences.
   */
  public Exchange exchange() throws IOException {
    if (commanders.firstDue()) {
      Exchange back = exchange(commanders.firstUrl(), commanders.first());
      if (back.result() instanceof SendResult.Delivered) {
        commanders.backToFirst();
        LOG.log(
            System.Logger.Level.INFO,
            "back on the first commander {0}: it answered again",
            back.commander());
        return back;
      }
      commanders.firstTried();
    }
    Exchange exchange = exchange(commanders.currentUrl(), commanders.current());
    if (!(exchange.result() instanceof SendResult.Delivered)) {
      commanders.next();
    }
    return exchange;
  }

  /**
   * Sends one batch with a short request timeout, to the commander used now only: the last try of a
   * sentry that is stopping.
   */
  public Exchange lastExchange(Duration timeout) throws IOException {
    Commanders quick = commanders.withRequestTimeout(timeout);
    return exchange(quick.currentUrl(), quick.current());
  }

  private Exchange exchange(URI commander, CommanderClient client) throws IOException {
    List<ReportEntry> entries = outbox.peek(Report.MAX_ENTRIES);
    List<CommandResult> carried = results.peek(Report.MAX_COMMAND_RESULTS);
    Report report = new Report(entries, outbox.dropped(), health.get(), carried);
    SendResult result = client.send(report);
    if (!(result instanceof SendResult.Delivered delivered)) {
      return new Exchange(result, commander, entries.size(), false);
    }
    boolean renumbered = accept(delivered.answer().lastSequence());
    results.remove(carried);
    commands.accept(delivered.answer().commands());
    return new Exchange(
        result, commander, entries.size(), renumbered || entries.size() == Report.MAX_ENTRIES);
  }

  /** Forgets what the commander holds; returns whether the outbox had to be renumbered. */
  private boolean accept(long held) throws IOException {
    long assigned = outbox.lastSequence();
    if (held <= assigned) {
      outbox.acknowledge(held);
      return false;
    }
    // The commander holds numbers this outbox never gave: its directory was lost or replaced.
    // Entries numbered at or below what the commander holds would be skipped as duplicates.
    LOG.log(
        System.Logger.Level.WARNING,
        "the commander holds entries up to seq {0} but this outbox has only numbered up to {1}"
            + " (was its directory lost?): renumbering the {2} waiting entries above {0}",
        String.valueOf(held),
        String.valueOf(assigned),
        String.valueOf(outbox.backlog()));
    outbox.resequenceAbove(held);
    return true;
  }
}
