package io.hashwatch.commander.overview;

import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The farm at a glance, from the devices' latest state and the farm's 5-minute series. */
@Stateless
public class FarmOverview {
  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "hashwatch.offline.after", defaultValue = "PT5M")
  Duration offlineAfter;

  public FarmFigures figures() {
    try (Connection connection = dataSource.getConnection()) {
      return OverviewRows.figures(connection, offlineBefore());
    } catch (SQLException e) {
      throw new StorageException("summing the farm's figures failed", e);
    }
  }

  /** The whole farm's counts per status first (its site {@code null}), then each site's. */
  public List<SiteCounts> counts() {
    try (Connection connection = dataSource.getConnection()) {
      return OverviewRows.counts(connection, offlineBefore());
    } catch (SQLException e) {
      throw new StorageException("counting the farm's devices failed", e);
    }
  }

  /**
   * The farm's hashrate and power in 5-minute buckets over the {@code span} before now, up to the
   * last bucket rolled up (the newest minutes wait for their rollup): the chart never ends in a gap
   * that is only a rollup not done yet.
   */
  public FarmSeries series(Duration span) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection connection = dataSource.getConnection()) {
      OffsetDateTime end = floor(OverviewRows.rolledUntil(connection).orElse(now));
      return OverviewRows.series(connection, floor(end.minus(span)), end);
    } catch (SQLException e) {
      throw new StorageException("reading the farm's series failed", e);
    }
  }

  private OffsetDateTime offlineBefore() {
    return OffsetDateTime.now(ZoneOffset.UTC).minus(offlineAfter);
  }

  static OffsetDateTime floor(OffsetDateTime time) {
    long bucket = OverviewRows.BUCKET.toSeconds();
    return Instant.ofEpochSecond(Math.floorDiv(time.toEpochSecond(), bucket) * bucket)
        .atOffset(ZoneOffset.UTC);
  }
}
