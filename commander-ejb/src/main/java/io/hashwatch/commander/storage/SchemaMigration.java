package io.hashwatch.commander.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. The data source's
 * settings come from MicroProfile Config (META-INF/microprofile-config.properties holds the
 * embedded defaults), so one build runs on H2 or PostgreSQL.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own work.
@DataSourceDefinition(
    name = SchemaMigration.DATA_SOURCE,
    className = "${MPCONFIG=hashwatch.db.datasource}",
    url = "${MPCONFIG=hashwatch.db.url}",
    user = "${MPCONFIG=hashwatch.db.user}",
    password = "${MPCONFIG=hashwatch.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // A database restart leaves dead connections in the pool: check each before use
      // (Connection.isValid) and, when one is dead, replace them all.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // A caller waits at most this long for a connection, then gets a 503 and retries: shorter
      // than a sentry's 8 s request timeout, so that a sentry hears "unavailable" while the
      // database is down instead of giving up on the commander.
      "fish.payara.max-wait-time-in-millis=5000"
    })
public class SchemaMigration {
  public static final String DATA_SOURCE = "java:app/jdbc/hashwatch";
  private static final System.Logger LOG = System.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result = applyTo(dataSource);
    LOG.log(
        System.Logger.Level.INFO,
        "Database schema at version {0} ({1} migrations applied now)",
        result.targetSchemaVersion == null
            ? result.initialSchemaVersion
            : result.targetSchemaVersion,
        result.migrationsExecuted);
  }

  /** Applies every pending migration to {@code dataSource}; also used by the storage tests. */
  public static MigrateResult applyTo(DataSource dataSource) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }
}
