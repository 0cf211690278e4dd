package io.hashwatch.commander.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The once-per-farm lease on every supported database; one subclass per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FarmLeaseScenarios {
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-01-31T12:00:00Z");
  private static final Duration TTL = Duration.ofMinutes(3);

  private DatabaseServer server;
  private FarmLease lease;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void start() throws Exception {
    server = startServer();
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @BeforeEach
  void newDatabase() throws SQLException {
    var dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    lease = new FarmLease(dataSource);
  }

  private boolean take(String holder, Duration after) throws SQLException {
    return lease.tryTake("rollup", holder, TTL, T0.plus(after));
  }

  @Test
  void onlyOneOfTwoNodesGetsIt() throws SQLException {
    assertThat(take("a", Duration.ZERO)).isTrue();
    assertThat(take("b", Duration.ZERO)).isFalse();
    assertThat(take("b", Duration.ofMinutes(2))).isFalse();
  }

  @Test
  void theHolderRenewsItAndKeepsItPastTheFirstExpiry() throws SQLException {
    take("a", Duration.ZERO);

    assertThat(take("a", Duration.ofMinutes(2))).isTrue();
    assertThat(take("b", Duration.ofMinutes(4))).isFalse();
  }

  @Test
  void anotherNodeTakesItOverOnceItExpired() throws SQLException {
    take("a", Duration.ZERO);

    assertThat(take("b", Duration.ofMinutes(3).plusSeconds(1))).isTrue();
    assertThat(take("a", Duration.ofMinutes(4))).isFalse();
  }

  @Test
  void leasesOfDifferentNamesAreApart() throws SQLException {
    take("a", Duration.ZERO);

    assertThat(lease.tryTake("retention", "b", TTL, T0)).isTrue();
  }
}
