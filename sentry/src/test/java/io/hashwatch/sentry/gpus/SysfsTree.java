package io.hashwatch.sentry.gpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A sysfs tree in a temporary directory, laid out as the kernel lays out a PCI GPU: the device
 * under {@code devices/pci0000:00/<bridge>/<bus id>/} with its {@code drm/cardN}, and {@code
 * class/drm/cardN} a link to it whose {@code device} links back (Documentation/gpu/amdgpu/
 * thermal.rst and driver-misc.rst for the files amdgpu adds, Documentation/ABI/testing/
 * sysfs-bus-pci for {@code vendor}, {@code device} and {@code uevent}).
 */
final class SysfsTree {
  private final Path root;

  SysfsTree(Path root) {
    this.root = root;
  }

  /**
   * A GPU at {@code busId} listed as {@code class/drm/card<number>}, with a display connector
   * beside it; its PCI device directory, to fill.
   */
  Path card(int number, String vendor, String deviceId, String busId) {
    try {
      Path device = root.resolve("devices/pci0000:00/0000:00:03.1").resolve(busId);
      Path card = Files.createDirectories(device.resolve("drm/card" + number));
      Files.createSymbolicLink(card.resolve("device"), Path.of("../.."));
      Path connector = Files.createDirectories(device.resolve("drm/card" + number + "-DP-1"));
      Path drm = Files.createDirectories(root.resolve("class/drm"));
      Files.createSymbolicLink(drm.resolve("card" + number), drm.relativize(card));
      Files.createSymbolicLink(drm.resolve("card" + number + "-DP-1"), drm.relativize(connector));
      write(device, "vendor", vendor + "\n", "device", deviceId + "\n");
      return device;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code name, text} pairs into {@code dir}, making it where needed. */
  static Path write(Path dir, String... nameAndText) {
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < nameAndText.length; i += 2) {
        Files.writeString(dir.resolve(nameAndText[i]), nameAndText[i + 1]);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
