package io.hashwatch.protocols.ssh;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Who logs in to a miner: a user with a password, an unencrypted private key file (OpenSSH or PEM),
 * or both (the key is tried first).
 *
 * @param password null for key-only
 * @param privateKey null for password-only
 */
public record SshLogin(String user, String password, Path privateKey) {

  public SshLogin {
    Objects.requireNonNull(user, "user");
    if (password == null && privateKey == null) {
      throw new IllegalArgumentException("an SSH login needs a password or a private key");
    }
  }

  public static SshLogin password(String user, String password) {
    return new SshLogin(user, Objects.requireNonNull(password, "password"), null);
  }

  public static SshLogin key(String user, Path privateKey) {
    return new SshLogin(user, null, Objects.requireNonNull(privateKey, "privateKey"));
  }

  @Override
  public String toString() {
    return "SshLogin[user="
        + user
        + ", password="
        + (password == null ? "none" : "***")
        + ", privateKey="
        + privateKey
        + "]";
  }
}
