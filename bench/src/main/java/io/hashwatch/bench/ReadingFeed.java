package io.hashwatch.bench;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.report.DeviceKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What one simulated sentry reports: it watches {@code devices} ASICs and polls them in turn, so
 * entry {@code seq} is device {@code (seq - 1) % devices} in poll round {@code (seq - 1) /
 * devices}, one round a minute. Each device has a few prepared readings that the rounds cycle
 * through (full readings: three boards, four fans, one pool), so the driver spends its CPU on
 * little more than string concatenation. The same entries give the report bodies and the COPY rows.
 */
final class ReadingFeed {
  static final Instant FIRST_POLL = Instant.parse("2026-11-29T00:00:00Z");
  static final Duration ROUND = Duration.ofMinutes(1);
  static final int VARIANTS = 4;
  private static final String KIND = DeviceKind.ASIC.wire();
  private static final String[][] MODELS = {
    {"Antminer S19", "95e12", "3250", "76"},
    {"Antminer S19j Pro", "104e12", "3068", "126"},
    {"Antminer S21", "200e12", "3500", "108"}
  };

  private final List<String> addresses = new ArrayList<>();
  private final DeviceReading[][] readings;

  ReadingFeed(int sentryIndex, int devices) {
    if (devices < 1 || devices > 60_000) {
      throw new IllegalArgumentException("devices must be 1 to 60000, was " + devices);
    }
    readings = new DeviceReading[devices][VARIANTS];
    for (int device = 0; device < devices; device++) {
      addresses.add(
          "10.%d.%d.%d:4028".formatted(sentryIndex % 250, device / 250, device % 250 + 1));
      Random random = new Random(sentryIndex * 1_000_003L + device);
      for (int variant = 0; variant < VARIANTS; variant++) {
        readings[device][variant] = DeviceReading.of(reading(random, sentryIndex, device, variant));
      }
    }
  }

  int devices() {
    return addresses.size();
  }

  String address(int device) {
    return addresses.get(device);
  }

  int device(long seq) {
    return (int) ((seq - 1) % devices());
  }

  Instant time(long seq) {
    long round = (seq - 1) / devices();
    long offset = ROUND.toMillis() * device(seq) / devices();
    return FIRST_POLL.plus(ROUND.multipliedBy(round)).plusMillis(offset);
  }

  DeviceReading reading(long seq) {
    long round = (seq - 1) / devices();
    return readings[device(seq)][(int) (round % VARIANTS)];
  }

  /** The body of {@code POST /reports} with entries {@code first} to {@code first + count - 1}. */
  byte[] reportBody(long first, int count) {
    StringBuilder body = new StringBuilder(count * 900);
    body.append("{\"entries\":[");
    for (long seq = first; seq < first + count; seq++) {
      if (seq > first) {
        body.append(',');
      }
      body.append("{\"seq\":").append(seq);
      body.append(",\"time\":\"").append(time(seq));
      body.append("\",\"address\":\"").append(address(device(seq)));
      body.append("\",\"kind\":\"").append(KIND);
      body.append("\",\"reading\":").append(reading(seq).json()).append('}');
    }
    body.append("],\"dropped\":0}");
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The {@code reading} rows of entries {@code first} to {@code first + count - 1} in COPY text
   * format, {@code deviceIds[i]} being the id the commander gave device {@code i}.
   */
  byte[] copyRows(long sentryId, long[] deviceIds, long first, int count) {
    StringBuilder rows = new StringBuilder(count * 900);
    for (long seq = first; seq < first + count; seq++) {
      rows.append(sentryId).append('\t').append(seq).append('\t');
      rows.append(deviceIds[device(seq)]).append('\t').append(time(seq)).append('\t');
      rows.append(reading(seq).copyColumns()).append('\n');
    }
    return rows.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Reading reading(Random random, int sentryIndex, int device, int variant) {
    String[] model = MODELS[device % MODELS.length];
    double nominal = Double.parseDouble(model[1]);
    int chips = Integer.parseInt(model[3]);
    double hashrate = roundTo(nominal * (0.96 + 0.06 * random.nextDouble()), 1e9);
    List<Board> boards = new ArrayList<>();
    for (int index = 0; index < 3; index++) {
      double boardTemp = roundTo(56 + 12 * random.nextDouble(), 0.5);
      boards.add(
          new Board(index, roundTo(hashrate / 3, 1e9), boardTemp, boardTemp + 14.5, chips, chips));
    }
    List<Integer> fans = new ArrayList<>();
    for (int fan = 0; fan < 4; fan++) {
      fans.add(5600 + random.nextInt(500));
    }
    long accepted = 100_000L + random.nextInt(50_000) + variant * 40L;
    long rejected = random.nextInt(40);
    String worker = "farm.s%d-%d".formatted(sentryIndex, device);
    return Reading.builder()
        .make("Bitmain")
        .model(model[0])
        .firmware("stock")
        .algorithm("SHA256")
        .hashrateHs(hashrate)
        .hashrateAvgHs(roundTo(hashrate * (0.99 + 0.02 * random.nextDouble()), 1e9))
        .expectedHashrateHs(nominal)
        .boards(boards)
        .fansRpm(fans)
        .powerW(Double.parseDouble(model[2]) + random.nextInt(60))
        .pools(
            List.of(
                new Pool(
                    "stratum+tcp://pool.example:3333",
                    worker,
                    "Alive",
                    true,
                    accepted,
                    rejected,
                    (long) random.nextInt(10))))
        .accepted(accepted)
        .rejected(rejected)
        .hardwareErrors((long) random.nextInt(20))
        .uptimeS(86_400L + variant * ROUND.toSeconds())
        .build();
  }

  private static double roundTo(double value, double step) {
    return Math.round(value / step) * step;
  }
}
