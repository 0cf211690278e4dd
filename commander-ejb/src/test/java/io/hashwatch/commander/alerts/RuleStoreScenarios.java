package io.hashwatch.commander.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The alert rules and trusted pools as admins edit them, on every supported database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RuleStoreScenarios {
  private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");

  private DatabaseServer server;
  private DataSource dataSource;
  private RuleStore store;

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
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    store = new RuleStore(dataSource, Clock.fixed(T0, ZoneOffset.UTC));
  }

  private static RuleDraft draft(String kind, String scope, Double threshold) {
    return new RuleDraft(kind, "warning", scope, threshold, 300, 60, true);
  }

  @Test
  void theDefaultsArePresentFromTheFirstRead() {
    List<StoredRule> rules = store.list();

    assertThat(rules)
        .extracting(StoredRule::rule)
        .containsExactlyInAnyOrderElementsOf(AlertRules.defaults());
    assertThat(rules).allMatch(StoredRule::builtIn);
    assertThat(rules).extracting(StoredRule::updatedBy).containsOnly("commander");
  }

  @Test
  void seedingWhatAnotherNodeSeededMeanwhileIsNoError() throws SQLException {
    store.list();
    AlertRule offline = AlertRules.defaults().get(0);

    RuleRows.insertAlone(dataSource, offline, T0.atOffset(ZoneOffset.UTC));
    RuleRows.seedDefaults(dataSource, T0.atOffset(ZoneOffset.UTC));

    assertThat(store.list()).hasSize(AlertRules.defaults().size());
  }

  @Test
  void aDefaultCanBeEditedAndDisabledButNotDeleted() {
    RuleDraft quicker = new RuleDraft("device-offline", "warning", "farm", null, 120, 60, false);

    StoredRule stored = store.put("default-device-offline", quicker, "alice");

    assertThat(stored.builtIn()).isTrue();
    StoredRule read = store.find("default-device-offline").orElseThrow();
    assertThat(read.rule().sustain()).isEqualTo(Duration.ofMinutes(2));
    assertThat(read.rule().severity()).isEqualTo(Severity.WARNING);
    assertThat(read.rule().enabled()).isFalse();
    assertThat(read.updatedBy()).isEqualTo("alice");
    assertThat(read.updated().toInstant()).isEqualTo(T0);
    assertThatThrownBy(() -> store.delete("default-device-offline"))
        .isInstanceOf(DefaultRuleException.class)
        .hasMessageContaining("default-device-offline");
    assertThat(store.find("default-device-offline")).isPresent();
  }

  @Test
  void aDefaultKeepsItsKind() {
    assertThatThrownBy(
            () -> store.put("default-device-offline", draft("hashrate-low", "farm", 50.0), "alice"))
        .isInstanceOfSatisfying(
            RuleRefusedException.class, e -> assertThat(e.field()).isEqualTo("kind"));
  }

  @Test
  void aNewRuleIsCreatedThenReplacedThenDeleted() {
    store.put("hall-a-hot", draft("temperature-high", "site:hall-a", 85.0), "alice");
    store.put("hall-a-hot", draft("temperature-high", "site:hall-a", 80.0), "bob");

    StoredRule read = store.find("hall-a-hot").orElseThrow();
    assertThat(read.builtIn()).isFalse();
    assertThat(read.rule().scope()).isEqualTo(Scope.site("hall-a"));
    assertThat(read.rule().threshold()).isEqualTo(80.0);
    assertThat(read.updatedBy()).isEqualTo("bob");
    assertThat(store.list()).hasSize(AlertRules.defaults().size() + 1);

    assertThat(store.delete("hall-a-hot")).isTrue();
    assertThat(store.delete("hall-a-hot")).isFalse();
    assertThat(store.find("hall-a-hot")).isEmpty();
  }

  @Test
  void aBadRuleIsRefusedNamingItsField() {
    assertRefused("Bad Id", draft("temperature-high", "farm", 80.0), "id");
    assertRefused("r", draft("needs-hands", "farm", null), "kind");
    assertRefused("r", draft("no-such-kind", "farm", null), "kind");
    assertRefused("r", new RuleDraft("fan-stopped", "loud", "farm", null, 0, 0, true), "severity");
    assertRefused("r", draft("fan-stopped", "rack:3", null), "scope");
    assertRefused("r", draft("sentry-silent", "device:4", 60.0), "scope");
    assertRefused("r", draft("temperature-high", "farm", null), "threshold");
    assertRefused("r", draft("temperature-high", "farm", -1.0), "threshold");
    assertRefused(
        "r", new RuleDraft("fan-stopped", "info", "farm", null, -1, 0, true), "sustainSeconds");
    assertRefused(
        "r", new RuleDraft("fan-stopped", "info", "farm", null, 0, -5, true), "clearSeconds");
    assertThat(store.find("r")).isEmpty();
  }

  private void assertRefused(String id, RuleDraft draft, String field) {
    assertThatThrownBy(() -> store.put(id, draft, "alice"))
        .isInstanceOfSatisfying(
            RuleRefusedException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void theTrustedPoolsAreReplacedAsAWholeWithoutRepeats() {
    assertThat(store.trustedPools()).isEmpty();

    store.replaceTrustedPools(List.of("stratum+tcp://a.example:3333", "stratum+tcp://old:1"));
    List<String> stored =
        store.replaceTrustedPools(
            List.of(
                " stratum+tcp://b.example:3333 ",
                "stratum+tcp://a.example:3333",
                "STRATUM+TCP://A.example:3333/"));

    assertThat(stored)
        .containsExactly("stratum+tcp://a.example:3333", "stratum+tcp://b.example:3333");
    assertThat(store.trustedPools()).isEqualTo(stored);
  }

  @Test
  void aBadTrustedPoolIsRefusedNamingItsPlaceAndChangesNothing() {
    store.replaceTrustedPools(List.of("stratum+tcp://a.example:3333"));

    assertThatThrownBy(() -> store.replaceTrustedPools(List.of("stratum+tcp://b:1", " ")))
        .isInstanceOfSatisfying(
            RuleRefusedException.class, e -> assertThat(e.field()).isEqualTo("pools[1]"));
    assertThat(store.trustedPools()).containsExactly("stratum+tcp://a.example:3333");
  }
}
