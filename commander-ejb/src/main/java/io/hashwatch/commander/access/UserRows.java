package io.hashwatch.commander.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code app_user} rows behind the users page, in plain JDBC. */
final class UserRows {
  private UserRows() {}

  static List<UserView> list(Connection connection, int limit) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT username, role, created FROM app_user ORDER BY username")) {
      select.setMaxRows(limit);
      try (ResultSet row = select.executeQuery()) {
        List<UserView> users = new ArrayList<>();
        while (row.next()) {
          users.add(
              new UserView(
                  row.getString(1),
                  Role.valueOf(row.getString(2)),
                  row.getObject(3, OffsetDateTime.class)));
        }
        return users;
      }
    }
  }

  static Optional<Role> role(Connection connection, String username) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT role FROM app_user WHERE username = ?")) {
      select.setString(1, username);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(Role.valueOf(row.getString(1))) : Optional.empty();
      }
    }
  }

  /**
   * Counts the admins and locks their rows until the transaction ends, so that two admins demoting
   * each other at once cannot both pass the last-admin rule.
   */
  static long lockAdmins(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id FROM app_user WHERE role = ? FOR UPDATE")) {
      select.setString(1, Role.ADMIN.name());
      try (ResultSet row = select.executeQuery()) {
        long admins = 0;
        while (row.next()) {
          admins++;
        }
        return admins;
      }
    }
  }

  static void setRole(Connection connection, String username, Role role) throws SQLException {
    update(connection, "UPDATE app_user SET role = ? WHERE username = ?", role.name(), username);
  }

  static boolean setPasswordHash(Connection connection, String username, String hash)
      throws SQLException {
    return update(
            connection, "UPDATE app_user SET password_hash = ? WHERE username = ?", hash, username)
        > 0;
  }

  static void delete(Connection connection, String username) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM app_user WHERE username = ?")) {
      delete.setString(1, username);
      delete.executeUpdate();
    }
  }

  private static int update(Connection connection, String sql, String value, String username)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, value);
      update.setString(2, username);
      return update.executeUpdate();
    }
  }
}
