package io.hashwatch.commander.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A database server for the storage tests, started once per test class and closed after it. Each
 * {@link #createEmpty()} gives a new, empty database on it, so a test class may migrate from
 * scratch as often as it needs.
 */
public sealed interface DatabaseServer extends AutoCloseable {

  /** A real PostgreSQL 14, unpacked and started in a temporary folder. */
  static DatabaseServer postgres() throws IOException {
    return new Postgres(EmbeddedPostgres.start());
  }

  /** H2 in memory, the embedded database Payara ships. */
  static DatabaseServer h2() {
    return new H2();
  }

  /** The dialect {@link SqlDialect#of} must find on a connection to this server. */
  SqlDialect dialect();

  DataSource createEmpty() throws SQLException;

  @Override
  void close() throws IOException, SQLException;

  /** Databases on one embedded PostgreSQL server. */
  final class Postgres implements DatabaseServer {
    private final EmbeddedPostgres server;
    private final AtomicInteger created = new AtomicInteger();

    private Postgres(EmbeddedPostgres server) {
      this.server = server;
    }

    @Override
    public SqlDialect dialect() {
      return SqlDialect.POSTGRESQL;
    }

    @Override
    public DataSource createEmpty() throws SQLException {
      String name = "hashwatch_" + created.incrementAndGet();
      try (Connection connection = server.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      }
      return server.getDatabase("postgres", name);
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  /** Named in-memory H2 databases that live until {@link #close()}. */
  final class H2 implements DatabaseServer {
    private final List<DataSource> created = new ArrayList<>();

    @Override
    public SqlDialect dialect() {
      return SqlDialect.H2;
    }

    @Override
    public DataSource createEmpty() {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      dataSource.setUser("hashwatch");
      dataSource.setPassword("hashwatch");
      created.add(dataSource);
      return dataSource;
    }

    @Override
    public void close() throws SQLException {
      for (DataSource dataSource : created) {
        try (Connection connection = dataSource.getConnection();
            Statement statement = connection.createStatement()) {
          statement.execute("SHUTDOWN");
        }
      }
      created.clear();
    }
  }
}
