package io.hashwatch.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The yardstick: the same rows the sentries delivered, generated the same way, written with
 * PostgreSQL COPY into a scratch table of the same shape as {@code reading} (its columns, defaults,
 * indexes and its foreign key to {@code device}), one stream per sentry, one transaction per chunk.
 */
final class CopyRun {
  static final String SCRATCH = "reading_copy_bench";
  private static final String COLUMNS =
      "(sentry_id, seq, device_id, time, result, hashrate_hs, hashrate_avg_hs,"
          + " expected_hashrate_hs, power_w, max_temp_c, accepted, rejected, hardware_errors,"
          + " uptime_s, data)";

  private final Postgres postgres;
  private final int chunkSize;
  private final Duration limit;
  private final CpuMeter cpu;

  CopyRun(Postgres postgres, int chunkSize, Duration limit, CpuMeter cpu) {
    this.postgres = postgres;
    this.chunkSize = chunkSize;
    this.limit = limit;
    this.cpu = cpu;
  }

  CopyResult run(List<SentryTally> tallies, List<ReadingFeed> feeds) throws Exception {
    try (Connection connection = postgres.connect();
        Statement sql = connection.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS " + SCRATCH);
      sql.execute("CREATE TABLE " + SCRATCH + " (LIKE reading INCLUDING ALL)");
      sql.execute("ALTER TABLE " + SCRATCH + " ADD FOREIGN KEY (device_id) REFERENCES device (id)");
      List<Callable<long[]>> streams = new ArrayList<>();
      for (SentryTally tally : tallies) {
        ReadingFeed feed = feeds.get(tally.sentry().index());
        long[] deviceIds = RowCheck.deviceIds(connection, tally.sentry().id(), feed);
        streams.add(() -> copy(tally.sentry().id(), deviceIds, feed, tally.acknowledged()));
      }
      ExecutorService threads = Executors.newFixedThreadPool(streams.size());
      try {
        CpuMeter.Sample before = cpu.sample();
        List<Future<long[]>> running = streams.stream().map(threads::submit).toList();
        LatencyLog latencies = new LatencyLog();
        long chunks = 0;
        for (Future<long[]> stream : running) {
          long[] durations = stream.get(limit.toSeconds() + 60, TimeUnit.SECONDS);
          for (long duration : durations) {
            latencies.add(duration);
          }
          chunks += durations.length;
        }
        CpuMeter.Sample after = cpu.sample();
        long rows = count(sql);
        boolean complete = rows == tallies.stream().mapToLong(SentryTally::acknowledged).sum();
        sql.execute("DROP TABLE " + SCRATCH);
        return new CopyResult(
            rows,
            chunks,
            (after.nanos() - before.nanos()) / 1e9,
            LatencyStats.of(latencies.values()),
            CpuMeter.between(before, after),
            complete);
      } finally {
        threads.shutdownNow();
      }
    }
  }

  /** Copies one sentry's rows 1..{@code last}; the duration of each COPY statement. */
  private long[] copy(long sentryId, long[] deviceIds, ReadingFeed feed, long last)
      throws SQLException {
    long stop = System.nanoTime() + limit.toNanos();
    LatencyLog durations = new LatencyLog();
    try (Connection connection = postgres.connect()) {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      String statement = "COPY " + SCRATCH + " " + COLUMNS + " FROM STDIN";
      for (long first = 1; first <= last && System.nanoTime() < stop; first += chunkSize) {
        int count = (int) Math.min(chunkSize, last - first + 1);
        byte[] rows = feed.copyRows(sentryId, deviceIds, first, count);
        long started = System.nanoTime();
        CopyIn in = copy.copyIn(statement);
        try {
          in.writeToCopy(rows, 0, rows.length);
          in.endCopy();
        } finally {
          if (in.isActive()) {
            in.cancelCopy();
          }
        }
        durations.add(System.nanoTime() - started);
      }
    }
    return durations.values();
  }

  private static long count(Statement sql) throws SQLException {
    try (ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM " + SCRATCH)) {
      row.next();
      return row.getLong(1);
    }
  }
}
