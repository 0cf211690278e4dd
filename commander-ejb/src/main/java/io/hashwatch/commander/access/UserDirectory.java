package io.hashwatch.commander.access;

import io.hashwatch.commander.fleet.DuplicateNameException;
import io.hashwatch.commander.storage.LocalTransaction;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The people who may use the commander, the check of their passwords, and the changes an admin
 * makes to them (in plain JDBC, so that the storage tests run them on every database).
 */
@Stateless
public class UserDirectory {
  /** A bound on one listing; a farm has a handful of people. */
  public static final int MAX_LISTED = 10_000;

  @PersistenceContext EntityManager em;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject VerifiedLogins verifiedLogins;

  /** The role of the user whose password this is, or empty for a wrong name or password. */
  public Optional<Role> authenticate(String username, String password) {
    Optional<AppUser> user = find(username);
    if (user.isEmpty()) {
      return Optional.empty();
    }
    String stored = user.get().passwordHash();
    if (!verifiedLogins.isVerified(username, password, stored)) {
      if (!PasswordHashing.matches(password, stored)) {
        return Optional.empty();
      }
      verifiedLogins.remember(username, password, stored);
    }
    return Optional.of(user.get().role());
  }

  /**
   * The current role of a signed-in user, or empty when the user no longer exists: a session keeps
   * its user name, and the role is looked up on each use so that a changed role applies at once.
   */
  public Optional<Role> roleOf(String username) {
    return find(username).map(AppUser::role);
  }

  public AppUser create(String username, String password, Role role) {
    AppUser user = new AppUser(username, PasswordHashing.hash(password), role);
    em.persist(user);
    return user;
  }

  /**
   * Adds a user.
   *
   * @throws DuplicateNameException when a user of that name exists
   * @throws IllegalArgumentException when the name is not valid ({@link AppUser#isValidName})
   */
  public AppUser register(String username, String password, Role role) {
    if (find(username).isPresent()) {
      throw new DuplicateNameException("a user named '" + username + "' exists already");
    }
    AppUser user = create(username, password, role);
    em.flush();
    return user;
  }

  /** Every user by name, at most {@link #MAX_LISTED}. */
  public List<UserView> list() {
    return withConnection("listing users", c -> UserRows.list(c, MAX_LISTED));
  }

  /**
   * Gives {@code username} the role {@code role}.
   *
   * @throws UserRuleException for no such user, or when it would leave the farm without an admin
   */
  public void changeRole(String username, Role role) {
    withConnection(
        "changing the role of " + username,
        connection -> {
          long admins = UserRows.lockAdmins(connection);
          Role current = existing(connection, username);
          UserRules.checkRoleChange(username, current, role, admins);
          UserRows.setRole(connection, username, role);
          return null;
        });
  }

  /**
   * Gives {@code username} a new password; the old one stops working at once.
   *
   * @throws UserRuleException for no such user or a password too short or too long
   */
  public void setPassword(String username, String password) {
    UserRules.checkPassword(password);
    String hash = PasswordHashing.hash(password);
    withConnection(
        "setting the password of " + username,
        connection -> {
          if (!UserRows.setPasswordHash(connection, username, hash)) {
            throw noSuchUser(username);
          }
          return null;
        });
    verifiedLogins.forget(username);
  }

  /**
   * Deletes {@code username}, as {@code actor} asked; its sessions lose every role at once.
   *
   * @throws UserRuleException for no such user, the actor himself, or the last admin
   */
  public void delete(String actor, String username) {
    withConnection(
        "deleting " + username,
        connection -> {
          long admins = UserRows.lockAdmins(connection);
          Role current = existing(connection, username);
          UserRules.checkDelete(actor, username, current, admins);
          UserRows.delete(connection, username);
          return null;
        });
    verifiedLogins.forget(username);
  }

  private static Role existing(Connection connection, String username) throws SQLException {
    return UserRows.role(connection, username).orElseThrow(() -> noSuchUser(username));
  }

  private static UserRuleException noSuchUser(String username) {
    return new UserRuleException("there is no user named '" + username + "'");
  }

  private <T> T withConnection(String what, LocalTransaction.Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.on(connection);
    } catch (SQLException e) {
      throw new StorageException(what + " failed", e);
    }
  }

  public boolean hasAdmin() {
    return em.createNamedQuery(AppUser.COUNT_ADMINS, Long.class)
            .setParameter("role", Role.ADMIN)
            .getSingleResult()
        > 0;
  }

  private Optional<AppUser> find(String username) {
    return em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }
}
