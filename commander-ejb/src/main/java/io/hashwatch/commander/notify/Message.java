package io.hashwatch.commander.notify;

import io.hashwatch.commander.alerts.AlertChange;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.alerts.SiteOutage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One notification as people and programs read it: a title, at most {@link #MAX_LINES} lines of
 * text, and the same news structured (sites that went dark, then the other changes, at most {@link
 * #MAX_CHANGES} of them). Its JSON ({@link MessageJson}) is what a webhook receives.
 *
 * @param moreChanges how many changes were left out of {@code changes} to keep the message small
 */
public record Message(
    String title, List<String> lines, List<Burst> bursts, List<Change> changes, int moreChanges) {
  static final int MAX_LINES = 20;
  static final int MAX_CHANGES = 50;
  static final int MAX_TITLE = 300;
  private static final int MAX_TEXT = 300;

  public Message {
    lines = List.copyOf(lines);
    bursts = List.copyOf(bursts);
    changes = List.copyOf(changes);
  }

  /** A site that went dark: many devices offline at once, told as one line. */
  public record Burst(String site, int count, int total, String severity) {}

  /** One alert that opened or resolved. */
  public record Change(
      String type,
      String rule,
      String kind,
      String severity,
      String subject,
      String site,
      String label,
      String message,
      Instant since,
      Instant at) {
    static Change of(AlertChange change) {
      return new Change(
          change.type().name().toLowerCase(Locale.ROOT),
          change.key().ruleId(),
          change.kind().wire(),
          change.severity().wire(),
          change.subject().key(),
          change.subject().site(),
          cut(change.subject().label(), MAX_TEXT),
          cut(change.message(), MAX_TEXT),
          change.since(),
          change.at());
    }
  }

  /** The message about {@code grouped}, one channel's share of an evaluation's changes. */
  public static Message about(SiteOutage.Grouped grouped) {
    List<String> text = new ArrayList<>();
    List<Burst> bursts = new ArrayList<>();
    Severity worst = Severity.INFO;
    int opened = 0;
    int resolved = 0;
    for (SiteOutage.Burst burst : grouped.bursts()) {
      Severity severity = worstOf(burst.changes());
      worst = severity.compareTo(worst) > 0 ? severity : worst;
      opened += burst.count();
      bursts.add(new Burst(burst.site(), burst.count(), burst.total(), severity.wire()));
      text.add(
          "[%s] site %s: %d of %d devices offline"
              .formatted(severity.wire(), burst.site(), burst.count(), burst.total()));
    }
    for (AlertChange change : grouped.others()) {
      if (change.type() == AlertChange.Type.OPENED) {
        opened++;
        worst = change.severity().compareTo(worst) > 0 ? change.severity() : worst;
        text.add("[" + change.severity().wire() + "] " + change.message());
      } else {
        resolved++;
        text.add("[resolved] " + change.message());
      }
    }
    List<Change> changes = grouped.others().stream().limit(MAX_CHANGES).map(Change::of).toList();
    String title =
        text.size() == 1
            ? text.get(0)
            : "[%s] Hashwatch: %d alerts opened, %d resolved"
                .formatted(opened > 0 ? worst.wire() : "resolved", opened, resolved);
    return new Message(
        cut(title, MAX_TITLE),
        bounded(text),
        bursts,
        changes,
        grouped.others().size() - changes.size());
  }

  /** The message an admin queues to try a channel. */
  public static Message test(String user) {
    String title = cut("Hashwatch test message from " + user, MAX_TITLE);
    return new Message(title, List.of(title), List.of(), List.of(), 0);
  }

  /** The title and the lines, as a chat message or an e-mail's text. */
  public String text() {
    return lines.size() == 1 && lines.get(0).equals(title)
        ? title
        : title + "\n\n" + String.join("\n", lines);
  }

  private static List<String> bounded(List<String> lines) {
    List<String> cut = lines.stream().map(line -> cut(line, MAX_TEXT)).toList();
    if (cut.size() <= MAX_LINES) {
      return cut;
    }
    List<String> shown = new ArrayList<>(cut.subList(0, MAX_LINES - 1));
    shown.add("and " + (cut.size() - shown.size()) + " more");
    return shown;
  }

  private static Severity worstOf(List<AlertChange> changes) {
    return changes.stream()
        .map(AlertChange::severity)
        .max(Comparator.naturalOrder())
        .orElse(Severity.INFO);
  }

  static String cut(String text, int limit) {
    return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }
}
