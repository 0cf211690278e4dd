package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.LocalTransaction;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The alert rules and the trusted pools, as admins edit them. The day-one {@link
 * AlertRules#defaults() defaults} are always present: reading inserts those missing; they can be
 * edited or disabled, not deleted. Bean-managed transactions: seeding commits each default on its
 * own (a duplicate from another node is ignored), and writes commit in short local transactions.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class RuleStore {
  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  Clock clock = Clock.systemUTC();

  public RuleStore() {}

  /** A store outside the container (the alert timer's cycle, tests). */
  public RuleStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Every rule, by id, the defaults included. */
  public List<StoredRule> list() {
    try {
      RuleRows.seedDefaults(dataSource, now());
      try (Connection connection = dataSource.getConnection()) {
        return RuleRows.list(connection);
      }
    } catch (SQLException e) {
      throw new StorageException("reading the alert rules failed", e);
    }
  }

  public Optional<StoredRule> find(String id) {
    try {
      RuleRows.seedDefaults(dataSource, now());
      try (Connection connection = dataSource.getConnection()) {
        return RuleRows.find(connection, id);
      }
    } catch (SQLException e) {
      throw new StorageException("reading alert rule " + id + " failed", e);
    }
  }

  /**
   * Creates the rule of {@code id}, or replaces it, as {@code userName} wrote it.
   *
   * @throws RuleRefusedException naming the field that is wrong; a default keeps its kind
   */
  public StoredRule put(String id, RuleDraft draft, String userName) {
    AlertRule rule = draft.toRule(id);
    AlertRule builtIn = RuleRows.defaultRule(id);
    if (builtIn != null && builtIn.kind() != rule.kind()) {
      throw new RuleRefusedException(
          "kind", id + " is a default rule: it stays " + builtIn.kind().wire());
    }
    OffsetDateTime now = now();
    try {
      LocalTransaction.run(
          dataSource,
          connection -> {
            RuleRows.put(connection, rule, now, userName);
            return null;
          });
    } catch (SQLException e) {
      throw new StorageException("storing alert rule " + id + " failed", e);
    }
    return new StoredRule(rule, builtIn != null, now, userName);
  }

  /**
   * Deletes the rule of {@code id}; its open alerts resolve at the next evaluation.
   *
   * @return whether there was one
   * @throws DefaultRuleException for a default rule
   */
  public boolean delete(String id) {
    if (RuleRows.isDefault(id)) {
      throw new DefaultRuleException(id);
    }
    try (Connection connection = dataSource.getConnection()) {
      return RuleRows.delete(connection, id);
    } catch (SQLException e) {
      throw new StorageException("deleting alert rule " + id + " failed", e);
    }
  }

  /** The trusted pool URLs; empty means pools are not checked. */
  public List<String> trustedPools() {
    try (Connection connection = dataSource.getConnection()) {
      return TrustedPoolRows.list(connection);
    } catch (SQLException e) {
      throw new StorageException("reading the trusted pools failed", e);
    }
  }

  /**
   * Replaces the trusted pools with {@code urls} (trimmed, repeats left out).
   *
   * @return the list as stored
   * @throws RuleRefusedException naming the first bad entry, {@code pools[i]}
   */
  public List<String> replaceTrustedPools(List<String> urls) {
    List<String> kept = TrustedPoolRows.checked(urls);
    try {
      LocalTransaction.run(
          dataSource,
          connection -> {
            TrustedPoolRows.replace(connection, kept);
            return null;
          });
      return trustedPools();
    } catch (SQLException e) {
      throw new StorageException("storing the trusted pools failed", e);
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
