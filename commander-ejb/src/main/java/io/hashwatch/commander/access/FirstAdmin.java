package io.hashwatch.commander.access;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start, creates the user {@code admin} with the password in {@code
 * HASHWATCH_ADMIN_PASSWORD}, or with a generated one written to {@code <data dir>/admin-password}
 * (readable by its owner only) whose path is logged.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdmin {
  static final String USERNAME = "admin";
  static final String PASSWORD_FILE = "admin-password";
  private static final System.Logger LOG = System.getLogger(FirstAdmin.class.getName());
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject UserDirectory users;

  @Inject
  @ConfigProperty(name = "hashwatch.admin.password")
  Optional<String> configuredPassword;

  @Inject
  @ConfigProperty(name = "hashwatch.data.dir")
  String dataDir;

  @PostConstruct
  void createFirstAdmin() {
    if (users.hasAdmin()) {
      return;
    }
    Optional<String> given = configuredPassword.filter(password -> !password.isBlank());
    if (given.isPresent()) {
      users.create(USERNAME, given.get(), Role.ADMIN);
      LOG.log(
          System.Logger.Level.INFO,
          "Created the first admin user 'admin' with the password in HASHWATCH_ADMIN_PASSWORD");
      return;
    }
    // The file first: an admin whose password nobody can read would lock the farm out.
    String password = generatePassword();
    Path file = writePasswordFile(password);
    users.create(USERNAME, password, Role.ADMIN);
    LOG.log(
        System.Logger.Level.WARNING,
        "Created the first admin user ''admin''; its generated password is in {0}",
        file.toAbsolutePath());
  }

  private Path writePasswordFile(String password) {
    Path file = Path.of(dataDir).resolve(PASSWORD_FILE);
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(file);
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(file, password + System.lineSeparator());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the first admin's password to " + file, e);
    }
  }

  static String generatePassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
