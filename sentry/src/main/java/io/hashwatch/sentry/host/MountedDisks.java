package io.hashwatch.sentry.host;

import io.hashwatch.protocols.reading.Host;
import io.hashwatch.protocols.reading.Limits;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The local disks' file systems: the kernel's mount table ({@code /proc/self/mounts}, proc(5)) and
 * one {@code statvfs} per file system for its size and the space left.
 *
 * <p>Read here rather than through OSHI, whose file-store listing took about 12 ms a call on the
 * test machine (it looks up volume labels and UUIDs too); this takes well under one.
 */
final class MountedDisks {
  /**
   * File systems kept on a block device of the machine. Everything else is left out: memory (tmpfs,
   * ramfs), the kernel's views (proc, sysfs, cgroup...), images (squashfs, iso9660, a container's
   * overlay) and network shares, whose statvfs can hang when the server is gone.
   */
  private static final Set<String> LOCAL =
      Set.of(
          "ext2",
          "ext3",
          "ext4",
          "xfs",
          "btrfs",
          "zfs",
          "f2fs",
          "bcachefs",
          "jfs",
          "reiserfs",
          "nilfs2",
          "vfat",
          "exfat",
          "ntfs",
          "ntfs3",
          "fuseblk",
          "hfsplus");

  private final Path mounts;

  MountedDisks(Path mounts) {
    this.mounts = mounts;
  }

  List<Host.Disk> read(List<String> problems) {
    List<String> lines;
    try {
      lines = Files.readAllLines(mounts);
    } catch (IOException | RuntimeException e) {
      problems.add("disks: cannot read " + mounts + ": " + e.getMessage());
      return List.of();
    }
    List<Host.Disk> disks = new ArrayList<>();
    Set<String> devices = new HashSet<>();
    List<String> unreadable = new ArrayList<>();
    int more = 0;
    for (String line : lines) {
      String[] fields = line.split(" ");
      // A device mounted twice (a bind mount, a btrfs subvolume) is one disk: its first mount.
      if (fields.length < 3 || !LOCAL.contains(fields[2]) || !devices.add(fields[0])) {
        continue;
      }
      if (disks.size() == Host.MAX_DISKS) {
        more++;
        continue;
      }
      String mount = unescape(fields[1]);
      File root = new File(mount);
      long total = root.getTotalSpace();
      if (total == 0) {
        // statvfs failed: the JDK says so with 0, as no file system is empty of blocks.
        unreadable.add(mount);
        continue;
      }
      disks.add(new Host.Disk(clip(mount), total, root.getUsableSpace()));
    }
    if (!unreadable.isEmpty()) {
      problems.add("disks: cannot read the size of " + String.join(", ", unreadable));
    }
    if (more > 0) {
      problems.add(
          "disks: "
              + more
              + " more local file systems are not reported (at most "
              + Host.MAX_DISKS
              + ")");
    }
    return disks;
  }

  /** The kernel writes a space, tab, line break or backslash in a path as an octal escape. */
  static String unescape(String field) {
    StringBuilder text = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\'
          && i + 3 < field.length()
          && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
        text.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static String clip(String mount) {
    return mount.length() <= Limits.MAX_TEXT
        ? mount
        : mount.substring(0, Limits.MAX_TEXT - 3) + "...";
  }
}
