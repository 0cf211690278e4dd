package io.hashwatch.sentry.gpus;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PCI addresses as tools and programs write them ({@code 00000000:01:00.0} from nvidia-smi, {@code
 * 0000:01:00.0} from sysfs and GMiner, {@code 01:00.0} from xmrig, {@code 1:0} from lolMiner, a
 * bare bus number from ccminer and SRBMiner), brought to one form, {@code 0000:01:00.0}, so that a
 * program's device is joined to the GPU's telemetry.
 */
public final class PciBus {
  private static final Pattern FULL =
      Pattern.compile("(?:([0-9a-fA-F]{1,8}):)?([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})\\.([0-7])");
  private static final Pattern BUS_DEVICE = Pattern.compile("(\\d{1,3}):(\\d{1,2})");

  private PciBus() {}

  /**
   * The address in the form {@code 0000:01:00.0}, or {@code null} when {@code text} is none of the
   * forms above. A bare number or a {@code bus:device} pair is decimal, as ccminer, SRBMiner and
   * lolMiner print it.
   */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    Matcher full = FULL.matcher(trimmed);
    if (full.matches()) {
      long domain = full.group(1) == null ? 0 : Long.parseLong(full.group(1), 16);
      return format(
          domain,
          Integer.parseInt(full.group(2), 16),
          Integer.parseInt(full.group(3), 16),
          Integer.parseInt(full.group(4)));
    }
    Matcher pair = BUS_DEVICE.matcher(trimmed);
    if (pair.matches()) {
      return busDevice(Integer.parseInt(pair.group(1)), Integer.parseInt(pair.group(2)));
    }
    if (trimmed.matches("\\d{1,3}")) {
      return busDevice(Integer.parseInt(trimmed), 0);
    }
    return null;
  }

  /** The address of device 0, function 0 on {@code bus}; {@code null} when out of range. */
  public static String ofBusNumber(int bus) {
    return busDevice(bus, 0);
  }

  private static String busDevice(int bus, int device) {
    return bus > 0xff || device > 0x1f ? null : format(0, bus, device, 0);
  }

  private static String format(long domain, int bus, int device, int function) {
    if (domain > 0xffff) {
      // nvidia-smi pads the domain to eight digits; a domain that needs them is not a PC's.
      return null;
    }
    return String.format(Locale.ROOT, "%04x:%02x:%02x.%d", domain, bus, device, function);
  }
}
