package io.hashwatch.protocols.ssh;

import java.nio.file.Path;
import java.util.List;

/**
 * A miner offered a host key other than the one remembered for it: the connection was refused
 * before anything (password, command) was sent. It is the cause of the {@link
 * io.hashwatch.protocols.transport.DeviceConnectException} the client throws, so callers can tell
 * it from an ordinary connection failure and raise an alert.
 */
public final class HostKeyChangedException extends Exception {
  private final String host;
  private final List<String> rememberedFingerprints;
  private final String offeredFingerprint;

  HostKeyChangedException(List<KnownHostKey> remembered, KnownHostKey offered, Path file) {
    super(message(remembered, offered, file));
    this.host = offered.host();
    this.rememberedFingerprints = remembered.stream().map(KnownHostKey::fingerprint).toList();
    this.offeredFingerprint = offered.fingerprint();
  }

  /** The host as the known hosts file names it ({@code [name]:port} off port 22). */
  public String host() {
    return host;
  }

  public List<String> rememberedFingerprints() {
    return rememberedFingerprints;
  }

  public String offeredFingerprint() {
    return offeredFingerprint;
  }

  private static String message(List<KnownHostKey> remembered, KnownHostKey offered, Path file) {
    String known =
        String.join(
            ", ", remembered.stream().map(key -> key.type() + " " + key.fingerprint()).toList());
    return "host key of "
        + offered.host()
        + " has changed: remembered "
        + known
        + ", offered "
        + offered.type()
        + " "
        + offered.fingerprint()
        + "; refused, nothing was sent. If the miner was reinstalled, remove its line from "
        + file
        + " (ssh-keygen -R '"
        + offered.host()
        + "' -f "
        + file
        + ")";
  }
}
