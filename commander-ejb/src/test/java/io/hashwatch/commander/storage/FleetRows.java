package io.hashwatch.commander.storage;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Sites, sentries and devices with a latest state, written with plain SQL for the scenarios of the
 * queries that read them (device lists, the overview).
 */
public final class FleetRows {
  private final DataSource dataSource;
  private final AtomicLong ids = new AtomicLong(100);

  /** One device's latest state; a figure it did not give is {@code null}. */
  public record State(
      String result,
      OffsetDateTime time,
      Double hashrateHs,
      Double powerW,
      Double maxTempC,
      String algorithm,
      String pool,
      String warning,
      boolean sleeping) {

    public static State reading(OffsetDateTime time, double hashrateHs, double powerW) {
      return new State("reading", time, hashrateHs, powerW, 60.0, "SHA256", null, null, false);
    }

    public State algorithm(String name) {
      return new State(result, time, hashrateHs, powerW, maxTempC, name, pool, warning, sleeping);
    }

    public State pool(String url) {
      return new State(
          result, time, hashrateHs, powerW, maxTempC, algorithm, url, warning, sleeping);
    }

    public State warning(String reason, double temperature) {
      return new State(
          result, time, hashrateHs, powerW, temperature, algorithm, pool, reason, sleeping);
    }

    public State asleep() {
      return new State(result, time, hashrateHs, powerW, maxTempC, algorithm, pool, warning, true);
    }

    public static State of(String result, OffsetDateTime time) {
      return new State(result, time, null, null, null, null, null, null, false);
    }
  }

  public FleetRows(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public long newSite(String name) throws SQLException {
    long id = ids.incrementAndGet();
    TestRows.execute(
        dataSource,
        "INSERT INTO site (id, name, created) VALUES (?, ?, ?)",
        id,
        name,
        OffsetDateTime.parse("2026-01-01T00:00:00Z"));
    return id;
  }

  /** A sentry of {@code siteId}, or of no site when it is {@code null}. */
  public long newSentry(Long siteId) throws SQLException {
    long id = ids.incrementAndGet();
    TestRows.insertSentry(dataSource, id, OffsetDateTime.parse("2026-01-01T00:00:00Z"));
    TestRows.execute(dataSource, "UPDATE sentry SET site_id = ? WHERE id = ?", siteId, id);
    return id;
  }

  /** A device of {@code kind} (the stored name: ASIC, RIG...) with its latest state. */
  public long newDevice(long sentryId, String address, String kind, String model, State state)
      throws SQLException {
    long id = ids.incrementAndGet();
    TestRows.execute(
        dataSource,
        "INSERT INTO device (id, sentry_id, address, kind, make, model, first_seen)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        id,
        sentryId,
        address,
        kind,
        model == null ? null : "Bitmain",
        model,
        state.time().minusDays(1));
    TestRows.execute(
        dataSource,
        "INSERT INTO device_state (device_id, time, result, last_seen, hashrate_hs, power_w,"
            + " max_temp_c, data, algorithm, pool, warning, sleeping)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?)",
        id,
        state.time(),
        state.result(),
        "unreachable".equals(state.result()) || "none".equals(state.result()) ? null : state.time(),
        state.hashrateHs(),
        state.powerW(),
        state.maxTempC(),
        state.algorithm(),
        state.pool(),
        state.warning(),
        state.sleeping());
    return id;
  }
}
