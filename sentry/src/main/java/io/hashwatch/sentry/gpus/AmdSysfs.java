package io.hashwatch.sentry.gpus;

import io.hashwatch.protocols.reading.Gpu;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * AMD GPUs as the amdgpu kernel driver shows them under {@code /sys/class/drm/cardN/device}: the
 * PCI device ({@code vendor}, {@code device}, {@code uevent}), the driver's own files ({@code
 * gpu_busy_percent}, {@code mem_info_vram_used}, {@code pp_dpm_sclk}, {@code product_name}) and its
 * hwmon directory (temperatures in m°C, power in µW, fan in RPM and PWM 0-255, clocks in Hz). The
 * layout follows the kernel's Documentation/gpu/amdgpu/thermal.rst and driver-misc.rst, and
 * Documentation/hwmon/sysfs-interface.rst for the units.
 */
final class AmdSysfs {
  static final String AMD_VENDOR = "0x1002";
  // A sysfs attribute is at most a page.
  private static final int MAX_ATTRIBUTE = 8192;
  private static final double MEBIBYTE = 1024 * 1024;

  private final Path drm;

  /** {@code sysfsRoot}: where sysfs is mounted, {@code /sys}. */
  AmdSysfs(Path sysfsRoot) {
    this.drm = sysfsRoot.resolve("class").resolve("drm");
  }

  Path drm() {
    return drm;
  }

  /** The AMD cards there now, in card order; none when the directory is missing. */
  List<AmdCard> cards() {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> cards = Files.newDirectoryStream(drm, "card*")) {
      // card0-DP-1 and the like are the card's connectors, not cards.
      cards.forEach(
          entry -> {
            if (isCard(entry.getFileName().toString())) {
              entries.add(entry);
            }
          });
    } catch (IOException e) {
      return List.of();
    }
    entries.sort(Comparator.comparingInt(entry -> cardNumber(entry.getFileName().toString())));
    List<AmdCard> found = new ArrayList<>();
    for (Path entry : entries) {
      Path device = entry.resolve("device");
      if (AMD_VENDOR.equalsIgnoreCase(String.valueOf(read(device.resolve("vendor"))))) {
        String busId = busId(device);
        if (busId != null) {
          found.add(card(device, busId));
        }
      }
    }
    return found;
  }

  private static AmdCard card(Path device, String busId) {
    AmdHwmon hwmon = AmdHwmon.of(device, AmdSysfs::read);
    Integer coreClock = hwmon.coreClockMhz();
    Integer memoryClock = hwmon.memoryClockMhz();
    Double vramUsed = FigureText.number(read(device.resolve("mem_info_vram_used")));
    Double vramTotal = FigureText.number(read(device.resolve("mem_info_vram_total")));
    Gpu figures =
        new Gpu(
            busId,
            hwmon.edgeC(),
            hwmon.junctionC(),
            hwmon.memoryC(),
            hwmon.fanPercent(),
            hwmon.powerCapW(),
            coreClock != null ? coreClock : currentLevelMhz(read(device.resolve("pp_dpm_sclk"))),
            memoryClock != null
                ? memoryClock
                : currentLevelMhz(read(device.resolve("pp_dpm_mclk"))),
            vramUsed == null ? null : FigureText.wholeLong(Math.floor(vramUsed / MEBIBYTE)),
            vramTotal == null ? null : FigureText.wholeLong(Math.floor(vramTotal / MEBIBYTE)),
            FigureText.percent(FigureText.number(read(device.resolve("gpu_busy_percent")))),
            List.of());
    return new AmdCard(
        FigureText.text(read(device.resolve("device"))),
        new GpuTelemetry(
            AmdGpus.MAKE,
            FigureText.text(read(device.resolve("product_name"))),
            hwmon.powerW(),
            hwmon.fansRpm(),
            figures));
  }

  /** The PCI address from {@code uevent}'s {@code PCI_SLOT_NAME}, else the device link's name. */
  private static String busId(Path device) {
    String uevent = read(device.resolve("uevent"));
    if (uevent != null) {
      for (String line : (Iterable<String>) uevent.lines()::iterator) {
        if (line.startsWith("PCI_SLOT_NAME=")) {
          return PciBus.normalize(line.substring("PCI_SLOT_NAME=".length()));
        }
      }
    }
    try {
      return PciBus.normalize(device.toRealPath().getFileName().toString());
    } catch (IOException e) {
      return null;
    }
  }

  /** The level marked {@code *} in {@code 0: 500Mhz\n1: 2600Mhz *}. */
  static Integer currentLevelMhz(String levels) {
    if (levels == null) {
      return null;
    }
    for (String line : (Iterable<String>) levels.lines()::iterator) {
      int colon = line.indexOf(':');
      if (line.endsWith("*") && colon >= 0) {
        return FigureText.whole(FigureText.number(line.substring(colon + 1)));
      }
    }
    return null;
  }

  /** The attribute's text, stripped; {@code null} when it is missing or cannot be read now. */
  static String read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(MAX_ATTRIBUTE), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      // Missing, or refused right now (EINVAL, ENODATA while the GPU sleeps): no figure.
      return null;
    }
  }

  private static boolean isCard(String name) {
    return cardNumber(name) >= 0;
  }

  private static int cardNumber(String name) {
    if (name.length() <= 4 || name.length() > 8 || !name.startsWith("card")) {
      return -1;
    }
    for (int i = 4; i < name.length(); i++) {
      if (name.charAt(i) < '0' || name.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(name.substring(4));
  }
}
