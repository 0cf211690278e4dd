package io.hashwatch.commander.fleet;

import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The farm's devices a page at a time, filtered and sorted by the database. */
@Stateless
public class DeviceTable {
  /** The most devices one page may ask for. */
  public static final int MAX_PAGE = 500;

  private static final String WORST_FIRST =
      DeviceSort.STATUS.orderBy(false).replace(", t.id", ", t.max_temp_c DESC NULLS LAST, t.id");

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "hashwatch.offline.after", defaultValue = "PT5M")
  Duration offlineAfter;

  public long count(DeviceFilter filter) {
    try (Connection connection = dataSource.getConnection()) {
      return DeviceRows.count(connection, filter, offlineBefore());
    } catch (SQLException e) {
      throw new StorageException("counting devices failed", e);
    }
  }

  /** At most {@code limit} (up to {@link #MAX_PAGE}) devices from {@code offset} on. */
  public List<DeviceSummary> page(
      DeviceFilter filter, DeviceSort sort, boolean descending, int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("a page is 1 to " + MAX_PAGE + " devices from 0 on");
    }
    try (Connection connection = dataSource.getConnection()) {
      return DeviceRows.page(
          connection, filter, sort.orderBy(descending), offset, limit, offlineBefore());
    } catch (SQLException e) {
      throw new StorageException("listing devices failed", e);
    }
  }

  /**
   * The devices in trouble, worst first: offline, then in error, then warning; within each the
   * hottest first.
   */
  public List<DeviceSummary> worst(int limit) {
    DeviceFilter trouble =
        new DeviceFilter(
            null, Set.of(DeviceStatus.OFFLINE, DeviceStatus.ERROR, DeviceStatus.WARNING));
    try (Connection connection = dataSource.getConnection()) {
      return DeviceRows.page(connection, trouble, WORST_FIRST, 0, limit, offlineBefore());
    } catch (SQLException e) {
      throw new StorageException("listing the worst devices failed", e);
    }
  }

  private OffsetDateTime offlineBefore() {
    return OffsetDateTime.now(ZoneOffset.UTC).minus(offlineAfter);
  }
}
