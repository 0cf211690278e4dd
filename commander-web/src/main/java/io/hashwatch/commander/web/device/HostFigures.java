package io.hashwatch.commander.web.device;

import io.hashwatch.protocols.reading.Host;
import java.util.List;
import java.util.Locale;

/** A rig's machine as its device page shows it: the host's figures with sizes in words. */
public record HostFigures(Host host, String memory, List<DiskRow> disks) {

  /** One file system: its mount, "used of total" and the share used. */
  public record DiskRow(String mount, String usage) {}

  static HostFigures of(Host host) {
    String memory = usage(host.memoryTotalBytes(), host.memoryAvailableBytes());
    List<DiskRow> disks =
        host.disks().stream()
            .map(disk -> new DiskRow(disk.mount(), usage(disk.totalBytes(), disk.freeBytes())))
            .toList();
    return new HostFigures(host, memory, disks);
  }

  /** "12.0 GiB used of 31.3 GiB (38 %)"; as much as is known. */
  static String usage(Long total, Long free) {
    if (total == null) {
      return "–";
    }
    if (free == null || total == 0) {
      return bytes(total);
    }
    long used = Math.max(0, total - free);
    return String.format(
        Locale.ROOT, "%s used of %s (%.0f %%)", bytes(used), bytes(total), 100.0 * used / total);
  }

  static String bytes(long bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
