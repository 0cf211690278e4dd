package io.hashwatch.protocols.ssh;

import java.util.Objects;

/** A miner's SSH server and how to log in to it. */
public record SshTarget(String host, int port, SshLogin login) {

  public SshTarget {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(login, "login");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1 to 65535");
    }
  }

  /** The standard port, 22. */
  public static SshTarget of(String host, SshLogin login) {
    return new SshTarget(host, 22, login);
  }

  /** {@code user@host:port}, for messages. */
  public String address() {
    return login.user() + "@" + host + ":" + port;
  }
}
