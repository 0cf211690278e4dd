package io.hashwatch.sentry.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a recorded reply look alive: hashrate figures wander a few percent around their recorded
 * value, and uptime and share counters grow with the time since the simulator started. Works on the
 * reply text, so that the firmware's own JSON quirks stay as they were recorded. Each reply is cut
 * once into its fixed text and the figures that move ({@link Template}), so that answering costs a
 * few appends and no regex: a load test has the simulator answer thousands of requests a second.
 */
final class Drift {
  private static final Pattern HASHRATE =
      Pattern.compile(
          "(\"(?:GHS 5s|GHS av|GHS 30m|MHS 5s|MHS 1m|MHS 5m|MHS 15m|MHS av|MHS 30s|HS RT|rate_5s"
              + "|rate_30m|rate_avg|chain_rate\\d+|GHSspd|GHSavg|hashrate|hashrate_minute)\"\\s*:"
              + "\\s*\"?)(\\d+(?:\\.\\d+)?)");
  private static final Pattern GROWING =
      Pattern.compile(
          "(\"(?:Elapsed|Accepted|Uptime|uptime|accepted_count|shares_good|shares_total)\"\\s*:"
              + "\\s*)(\\d+)");

  private Drift() {}

  /**
   * A figure of the reply: where it starts and ends in the recorded text, its recorded value, and
   * whether it is a hashrate (it wanders) or a counter (it grows).
   */
  private record Figure(int start, int end, double recorded, boolean hashrate) {}

  /**
   * A recorded reply as fixed texts with the moving figures between them: {@code texts} has one
   * more element than {@code figures}.
   */
  static final class Template {
    private final List<String> texts;
    private final List<Figure> figures;
    private final int length;

    private Template(List<String> texts, List<Figure> figures) {
      this.texts = List.copyOf(texts);
      this.figures = List.copyOf(figures);
      this.length = texts.stream().mapToInt(String::length).sum() + 16 * figures.size();
    }

    /** The reply as miner {@code index} sends it {@code seconds} after the simulator started. */
    String render(int index, long seconds) {
      return render(index, seconds, true);
    }

    /**
     * The reply as {@link #render(int, long)} gives it, every hashrate 0 unless {@code hashing}.
     */
    String render(int index, long seconds, boolean hashing) {
      StringBuilder out = new StringBuilder(length);
      appendTo(out, index, seconds, hashing);
      return out.toString();
    }

    /**
     * Appends the reply as miner {@code index} sends it {@code seconds} after the simulator
     * started. Each miner drifts on its own phase, so a farm of them does not move in step.
     */
    void appendTo(StringBuilder out, int index, long seconds) {
      appendTo(out, index, seconds, true);
    }

    /**
     * Appends the reply as miner {@code index} sends it, every hashrate 0 when it is not {@code
     * hashing} (a stalled miner that still answers).
     */
    void appendTo(StringBuilder out, int index, long seconds, boolean hashing) {
      double factor = hashing ? 1 + Math.sin(seconds / 60.0 + index * 0.7) * 0.03 : 0;
      out.append(texts.get(0));
      for (int k = 0; k < figures.size(); k++) {
        Figure figure = figures.get(k);
        if (figure.hashrate()) {
          appendHundredths(out, figure.recorded() * factor);
        } else {
          out.append((long) figure.recorded() + seconds);
        }
        out.append(texts.get(k + 1));
      }
    }
  }

  /** Finds the moving figures of {@code reply} once. */
  static Template compile(String reply) {
    List<Figure> figures = new ArrayList<>();
    collect(HASHRATE.matcher(reply), true, figures);
    collect(GROWING.matcher(reply), false, figures);
    figures.sort(Comparator.comparingInt(Figure::start));
    List<String> texts = new ArrayList<>();
    int at = 0;
    for (Figure figure : figures) {
      texts.add(reply.substring(at, figure.start()));
      at = figure.end();
    }
    texts.add(reply.substring(at));
    return new Template(texts, figures);
  }

  /** The reply as miner {@code index} would send it {@code seconds} after the simulator started. */
  static String apply(String reply, int index, long seconds) {
    return compile(reply).render(index, seconds);
  }

  private static void collect(Matcher matcher, boolean hashrate, List<Figure> figures) {
    while (matcher.find()) {
      figures.add(
          new Figure(
              matcher.start(2), matcher.end(2), Double.parseDouble(matcher.group(2)), hashrate));
    }
  }

  /** {@code value} (never negative here) with two decimals, as {@code %.2f} writes it. */
  static void appendHundredths(StringBuilder out, double value) {
    long hundredths = Math.round(value * 100);
    long cents = hundredths % 100;
    out.append(hundredths / 100).append('.');
    if (cents < 10) {
      out.append('0');
    }
    out.append(cents);
  }
}
