package io.hashwatch.commander.access;

import io.hashwatch.commander.fleet.DuplicateNameException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The people who may use the commander, and the check of their passwords. */
@Stateless
public class UserDirectory {
  @PersistenceContext EntityManager em;
  @Inject VerifiedLogins verifiedLogins;

  /** The role of the user whose password this is, or empty for a wrong name or password. */
  public Optional<Role> authenticate(String username, String password) {
    Role remembered = verifiedLogins.find(username, password);
    if (remembered != null) {
      return Optional.of(remembered);
    }
    Optional<AppUser> user = find(username);
    if (user.isEmpty() || !PasswordHashing.matches(password, user.get().passwordHash())) {
      return Optional.empty();
    }
    verifiedLogins.remember(username, password, user.get().role());
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
