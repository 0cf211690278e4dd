package io.hashwatch.commander.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.TestRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An admin's changes to the users on every supported database; one subclass per database. The
 * last-admin rules count every admin, so each test starts on a new empty database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UserDirectoryScenarios {
  private static final OffsetDateTime CREATED =
      OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  /** One slow hash for every user these tests make: their passwords are all "old-password". */
  private static final String OLD_HASH = PasswordHashing.hash("old-password");

  private final AtomicLong ids = new AtomicLong();
  private DatabaseServer server;
  private DataSource dataSource;
  private UserDirectory users;
  private VerifiedLogins verifiedLogins;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeEach
  void migrate() throws Exception {
    if (server == null) {
      server = startServer();
    }
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    verifiedLogins = new VerifiedLogins();
    users = new UserDirectory();
    users.dataSource = dataSource;
    users.verifiedLogins = verifiedLogins;
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void listsEveryUserByNameWithoutPasswords() throws SQLException {
    insert("viewer1", Role.VIEWER);
    insert("admin", Role.ADMIN);
    insert("op", Role.OPERATOR);

    assertThat(users.list())
        .containsExactly(
            new UserView("admin", Role.ADMIN, CREATED),
            new UserView("op", Role.OPERATOR, CREATED),
            new UserView("viewer1", Role.VIEWER, CREATED));
  }

  @Test
  void aRoleChangesUnlessItLeavesNoAdmin() throws SQLException {
    insert("admin", Role.ADMIN);
    insert("op", Role.OPERATOR);

    users.changeRole("op", Role.ADMIN);
    assertThat(role("op")).isEqualTo(Role.ADMIN);
    users.changeRole("admin", Role.VIEWER);
    assertThat(role("admin")).isEqualTo(Role.VIEWER);

    assertThatThrownBy(() -> users.changeRole("op", Role.OPERATOR))
        .isInstanceOf(UserRuleException.class)
        .hasMessage("op is the last admin: make another admin before changing this role");
    assertThat(role("op")).isEqualTo(Role.ADMIN);
    assertThatThrownBy(() -> users.changeRole("nobody", Role.ADMIN))
        .isInstanceOf(UserRuleException.class)
        .hasMessage("there is no user named 'nobody'");
  }

  @Test
  void aNewPasswordReplacesTheOldOneAndEndsItsRememberedCheck() throws SQLException {
    insert("op", Role.OPERATOR);
    verifiedLogins.remember("op", "old-password", OLD_HASH);

    users.setPassword("op", "new-password");

    String stored = passwordHash("op");
    assertThat(PasswordHashing.matches("new-password", stored)).isTrue();
    assertThat(PasswordHashing.matches("old-password", stored)).isFalse();
    assertThat(verifiedLogins.isVerified("op", "old-password", OLD_HASH)).isFalse();
  }

  @Test
  void aShortPasswordOrAnUnknownUserIsRefused() throws SQLException {
    insert("op", Role.OPERATOR);

    assertThatThrownBy(() -> users.setPassword("op", "short"))
        .isInstanceOf(UserRuleException.class)
        .hasMessage("a password is 8 to 256 characters");
    assertThat(passwordHash("op")).isEqualTo(OLD_HASH);
    assertThatThrownBy(() -> users.setPassword("nobody", "long-enough"))
        .isInstanceOf(UserRuleException.class)
        .hasMessage("there is no user named 'nobody'");
  }

  @Test
  void anAdminDeletesOthersButNeitherHimselfNorTheLastAdmin() throws SQLException {
    insert("admin", Role.ADMIN);
    insert("boss", Role.ADMIN);
    insert("op", Role.OPERATOR);
    verifiedLogins.remember("op", "old-password", OLD_HASH);

    users.delete("admin", "op");
    assertThat(users.list()).extracting(UserView::username).containsExactly("admin", "boss");
    assertThat(verifiedLogins.isVerified("op", "old-password", OLD_HASH)).isFalse();

    assertThatThrownBy(() -> users.delete("admin", "admin"))
        .isInstanceOf(UserRuleException.class)
        .hasMessage("you cannot delete yourself: another admin can");
    users.delete("admin", "boss");
    assertThatThrownBy(() -> users.delete("someone", "admin"))
        .isInstanceOf(UserRuleException.class)
        .hasMessage("admin is the last admin and cannot be deleted");
    assertThat(users.list()).extracting(UserView::username).containsExactly("admin");
  }

  private void insert(String username, Role role) throws SQLException {
    TestRows.execute(
        dataSource,
        "INSERT INTO app_user (id, username, password_hash, role, created) VALUES (?, ?, ?, ?, ?)",
        ids.incrementAndGet(),
        username,
        OLD_HASH,
        role.name(),
        CREATED);
  }

  private Role role(String username) throws SQLException {
    return Role.valueOf(column("role", username));
  }

  private String passwordHash(String username) throws SQLException {
    return column("password_hash", username);
  }

  private String column(String column, String username) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT " + column + " FROM app_user WHERE username = ?")) {
      select.setString(1, username);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).as("user " + username).isTrue();
        return row.getString(1);
      }
    }
  }
}
