package io.hashwatch.sentry.cli;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import java.util.Locale;
import java.util.stream.Collectors;

/** A poll result as a person reads it on a terminal; absent figures are left out. */
final class ReadingText {

  private ReadingText() {}

  static String of(String address, String firmware, PollResult result) {
    StringBuilder text = new StringBuilder();
    text.append(address).append(": ").append(result.result());
    if (firmware != null) {
      text.append(" (").append(firmware).append(')');
    }
    text.append('\n');
    if (result instanceof Reading reading) {
      describe(text, reading);
    }
    result.errors().forEach(error -> text.append("  ! ").append(error).append('\n'));
    return text.toString();
  }

  private static void describe(StringBuilder text, Reading r) {
    line(text, "miner", join(r.make(), r.model()));
    line(text, "firmware", join(r.firmware(), r.firmwareVersion()));
    line(text, "algorithm", r.algorithm());
    if (r.hashrateHs() != null) {
      String expected =
          r.expectedHashrateHs() == null ? "" : " (expected " + rate(r.expectedHashrateHs()) + ")";
      line(text, "hashrate", rate(r.hashrateHs()) + expected);
    }
    if (r.hashrateAvgHs() != null) {
      line(text, "average", rate(r.hashrateAvgHs()));
    }
    for (Board board : r.boards()) {
      line(text, "board " + board.index(), board(board));
    }
    if (!r.fansRpm().isEmpty()) {
      line(
          text,
          "fans",
          r.fansRpm().stream().map(rpm -> rpm + " rpm").collect(Collectors.joining(", ")));
    }
    if (r.powerW() != null) {
      line(text, "power", String.format(Locale.ROOT, "%.0f W", r.powerW()));
    }
    if (r.efficiencyJth() != null) {
      line(text, "efficiency", String.format(Locale.ROOT, "%.1f J/TH", r.efficiencyJth()));
    }
    for (Pool pool : r.pools()) {
      line(text, pool.active() ? "pool (active)" : "pool", pool(pool));
    }
    if (r.accepted() != null || r.rejected() != null) {
      line(
          text,
          "shares",
          "accepted "
              + r.accepted()
              + ", rejected "
              + r.rejected()
              + (r.stale() == null ? "" : ", stale " + r.stale()));
    }
    if (r.hardwareErrors() != null) {
      line(text, "hw errors", String.valueOf(r.hardwareErrors()));
    }
    if (r.uptimeS() != null) {
      line(text, "uptime", uptime(r.uptimeS()));
    }
  }

  private static String board(Board board) {
    StringBuilder text = new StringBuilder();
    if (board.hashrateHs() != null) {
      text.append(rate(board.hashrateHs()));
    }
    if (board.chips() != null) {
      text.append(", ").append(board.chips());
      if (board.expectedChips() != null) {
        text.append('/').append(board.expectedChips());
      }
      text.append(" chips");
    }
    if (board.chipTempC() != null) {
      text.append(String.format(Locale.ROOT, ", chip %.0f C", board.chipTempC()));
    }
    if (board.boardTempC() != null) {
      text.append(String.format(Locale.ROOT, ", board %.0f C", board.boardTempC()));
    }
    if (board.busId() != null) {
      text.append(", bus ").append(board.busId());
    }
    return text.toString().replaceFirst("^, ", "");
  }

  private static String pool(Pool pool) {
    StringBuilder text = new StringBuilder(pool.url());
    if (pool.user() != null) {
      text.append(" as ").append(pool.user());
    }
    if (pool.status() != null) {
      text.append(", ").append(pool.status());
    }
    return text.toString();
  }

  static String rate(double hs) {
    String[] units = {"H/s", "kH/s", "MH/s", "GH/s", "TH/s", "PH/s", "EH/s"};
    int unit = 0;
    double value = hs;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.2f %s", value, units[unit]);
  }

  private static String uptime(long seconds) {
    return String.format(
        Locale.ROOT,
        "%dd %02dh %02dm",
        seconds / 86400,
        (seconds % 86400) / 3600,
        (seconds % 3600) / 60);
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " " + b;
  }

  private static void line(StringBuilder text, String label, String value) {
    if (value != null && !value.isBlank()) {
      text.append(String.format(Locale.ROOT, "  %-13s %s%n", label, value));
    }
  }
}
