package io.hashwatch.protocols.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The known hosts file as JSch asks it, for one connection. JSch calls {@link #check} after the key
 * exchange and before authentication, so a refused key means no password and no command was sent.
 * JSch runs with {@code StrictHostKeyChecking=yes}: it trusts only what {@code check} calls OK, and
 * {@code check} itself remembers a first key, so JSch never adds or removes keys.
 */
final class HostKeyCheck implements HostKeyRepository {
  private final KnownHostsFile file;
  private volatile HostKeyChangedException refusal;
  private volatile IOException failure;

  HostKeyCheck(KnownHostsFile file) {
    this.file = file;
  }

  /** Why the key was refused, or null. */
  HostKeyChangedException refusal() {
    return refusal;
  }

  /** Why the known hosts file could not be read or written, or null. */
  IOException failure() {
    return failure;
  }

  @Override
  public int check(String host, byte[] key) {
    try {
      file.verify(KnownHostKey.of(host, key));
      return OK;
    } catch (HostKeyChangedException e) {
      refusal = e;
      return CHANGED;
    } catch (IOException | IllegalArgumentException e) {
      failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
      return CHANGED;
    }
  }

  /** The remembered keys, so JSch asks the server for a key of a type it already knows. */
  @Override
  public HostKey[] getHostKey(String host, String type) {
    List<KnownHostKey> known;
    try {
      known = file.keysOf(host);
    } catch (IOException e) {
      return new HostKey[0]; // only a preference is lost; check() reads again and reports
    }
    List<HostKey> keys = new ArrayList<>();
    for (KnownHostKey key : known) {
      try {
        keys.add(new HostKey(host, HostKey.GUESS, Base64.getDecoder().decode(key.base64())));
      } catch (JSchException | IllegalArgumentException e) {
        // A type JSch does not know cannot be preferred; check() still refuses other keys.
      }
    }
    return keys.toArray(HostKey[]::new);
  }

  @Override
  public HostKey[] getHostKey() {
    return new HostKey[0];
  }

  @Override
  public void add(HostKey hostkey, UserInfo ui) {
    throw new UnsupportedOperationException("check() remembers keys; JSch must not add them");
  }

  @Override
  public void remove(String host, String type) {
    throw new UnsupportedOperationException("keys are forgotten through KnownHostsFile.forget");
  }

  @Override
  public void remove(String host, String type, byte[] key) {
    throw new UnsupportedOperationException("keys are forgotten through KnownHostsFile.forget");
  }

  @Override
  public String getKnownHostsRepositoryID() {
    return file.path().toString();
  }
}
