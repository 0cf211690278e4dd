package io.hashwatch.commander.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/** A person who signs in; the password is kept only as a salted slow hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_NAME, query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(
    name = AppUser.COUNT_ADMINS,
    query = "SELECT COUNT(u) FROM AppUser u WHERE u.role = :role")
public class AppUser {
  static final String BY_NAME = "AppUser.byName";
  static final String COUNT_ADMINS = "AppUser.countAdmins";
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  @Id
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 256)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Role role;

  @Column(nullable = false)
  private OffsetDateTime created;

  protected AppUser() {}

  AppUser(String username, String passwordHash, Role role) {
    if (!isValidName(username)) {
      throw new IllegalArgumentException(
          "a username is 1 to 64 letters, digits or . _ @ -, not " + username);
    }
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role;
    this.created = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Whether {@code username} is 1 to 64 letters, digits or {@code . _ @ -}. */
  public static boolean isValidName(String username) {
    return username != null && USERNAME.matcher(username).matches();
  }

  public String username() {
    return username;
  }

  public long id() {
    return id;
  }

  public Role role() {
    return role;
  }

  String passwordHash() {
    return passwordHash;
  }
}
