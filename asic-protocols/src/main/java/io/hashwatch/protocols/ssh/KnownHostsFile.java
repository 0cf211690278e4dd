package io.hashwatch.protocols.ssh;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The host keys of miners, remembered on first use and refused when they change, in a file of the
 * OpenSSH {@code known_hosts} format (plain host names, no hashing), so that {@code ssh-keygen -l
 * -f} lists it and {@code ssh-keygen -R host -f} resets a key.
 *
 * <p>The file is read afresh on every check, so a line removed by hand takes effect on the next
 * connection without a restart. It is rewritten whole into a temporary file beside it and moved
 * into place, so a crash leaves the old or the new file, never half of one. Lines this class does
 * not understand (comments, hashed hosts, {@code @cert-authority} and {@code @revoked} markers) are
 * kept as they are and never match: the file is Hashwatch's own, not the user's {@code
 * ~/.ssh/known_hosts}.
 */
public final class KnownHostsFile {
  /** One lock for every file: SSH connections to miners are rare, a check is short. */
  private static final Object LOCK = new Object();

  private final Path file;

  public KnownHostsFile(Path file) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
  }

  public Path path() {
    return file;
  }

  /** The keys remembered for a host, named as {@link KnownHostKey#hostName} names it. */
  public List<KnownHostKey> keysOf(String host) throws IOException {
    synchronized (LOCK) {
      List<KnownHostKey> keys = new ArrayList<>();
      for (String line : lines()) {
        KnownHostKey key = parse(line, host);
        if (key != null) {
          keys.add(key);
        }
      }
      return List.copyOf(keys);
    }
  }

  /**
   * Trusts a key the host offers when it is one remembered for that host, remembers it when the
   * host has none yet, and refuses it otherwise.
   *
   * @return true when the key was remembered just now (first use)
   * @throws HostKeyChangedException when the host has other keys remembered
   */
  public boolean verify(KnownHostKey offered) throws IOException, HostKeyChangedException {
    synchronized (LOCK) {
      List<String> lines = lines();
      List<KnownHostKey> remembered = new ArrayList<>();
      for (String line : lines) {
        KnownHostKey key = parse(line, offered.host());
        if (key != null) {
          remembered.add(key);
        }
      }
      if (remembered.stream().anyMatch(offered::sameKey)) {
        return false;
      }
      if (!remembered.isEmpty()) {
        throw new HostKeyChangedException(remembered, offered, file);
      }
      List<String> updated = new ArrayList<>(lines);
      updated.add(offered.line());
      write(updated);
      return true;
    }
  }

  /**
   * Forgets every key of a host, so the next connection remembers the key it offers then.
   *
   * @return whether there was a key to forget
   */
  public boolean forget(String host) throws IOException {
    synchronized (LOCK) {
      List<String> lines = lines();
      List<String> kept = lines.stream().filter(line -> parse(line, host) == null).toList();
      if (kept.size() == lines.size()) {
        return false;
      }
      write(kept);
      return true;
    }
  }

  private List<String> lines() throws IOException {
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
  }

  /** The key of a plain line naming this host, or null for any other line. */
  private static KnownHostKey parse(String line, String host) {
    String trimmed = line.strip();
    if (trimmed.isEmpty() || "#@|".indexOf(trimmed.charAt(0)) >= 0) {
      return null;
    }
    String[] fields = trimmed.split("\\s+");
    if (fields.length < 3) {
      return null;
    }
    boolean named = Arrays.stream(fields[0].split(",")).anyMatch(host::equalsIgnoreCase);
    return named ? new KnownHostKey(host, fields[1], fields[2]) : null;
  }

  private void write(List<String> lines) throws IOException {
    Path directory = file.getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
    try {
      Files.write(temporary, lines, StandardCharsets.UTF_8);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      // A rename in one directory: readers see the old file or the new one.
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
