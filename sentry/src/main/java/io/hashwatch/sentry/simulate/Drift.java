package io.hashwatch.sentry.simulate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a recorded reply look alive: hashrate figures wander a few percent around their recorded
 * value, and uptime and share counters grow with the time since the simulator started. Works on the
 * reply text, so that the firmware's own JSON quirks stay as they were recorded.
 */
final class Drift {
  private static final Pattern HASHRATE =
      Pattern.compile(
          "(\"(?:GHS 5s|GHS av|GHS 30m|MHS 5s|MHS 1m|MHS 5m|MHS 15m|MHS av|MHS 30s|HS RT|rate_5s"
              + "|rate_30m|rate_avg|chain_rate\\d+|GHSspd|GHSavg)\"\\s*:\\s*\"?)(\\d+(?:\\.\\d+)?)");
  private static final Pattern GROWING =
      Pattern.compile("(\"(?:Elapsed|Accepted|Uptime)\"\\s*:\\s*)(\\d+)");

  private Drift() {}

  /**
   * The reply as miner {@code index} would send it {@code seconds} after the simulator started.
   * Each miner drifts on its own phase, so a farm of them does not move in step.
   */
  static String apply(String reply, int index, long seconds) {
    double wave = Math.sin(seconds / 60.0 + index * 0.7) * 0.03;
    String drifted = replace(HASHRATE.matcher(reply), value -> format(value * (1 + wave)));
    return replace(GROWING.matcher(drifted), value -> String.valueOf((long) value + seconds));
  }

  private interface Change {
    String of(double value);
  }

  private static String replace(Matcher matcher, Change change) {
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      double value = Double.parseDouble(matcher.group(2));
      matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + change.of(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
