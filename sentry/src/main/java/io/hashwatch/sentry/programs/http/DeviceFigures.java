package io.hashwatch.sentry.programs.http;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.sentry.gpus.PciBus;
import jakarta.json.JsonObject;

/**
 * The figures of one device (a GPU) as miner programs write them. Programs write 0 for a sensor
 * they could not read (lolMiner without NVML access gives {@code "Consumption (W)": 0} and {@code
 * "Fan Speed (%)": 0}), and no working GPU runs at 0 °C or draws 0 W: so a temperature or power of
 * 0 is absent, never a figure.
 */
public final class DeviceFigures {
  /** Hotter than any GPU survives: a sensor's garbage, not a temperature. */
  private static final double MAX_TEMP_C = 150;

  private DeviceFigures() {}

  /** The first of {@code keys} as a temperature in °C above 0 and at most 150; else null. */
  public static Double temperature(JsonObject device, String... keys) {
    Double celsius = LenientFields.number(device, keys);
    return celsius == null || celsius <= 0 || celsius > MAX_TEMP_C ? null : celsius;
  }

  /** The first of {@code keys} as a power draw in W above 0; else null. */
  public static Double power(JsonObject device, String... keys) {
    Double watts = Figures.number(device, keys);
    return watts == null || watts <= 0 ? null : watts;
  }

  /** The first of {@code keys} as a device index, else the device's position in its list. */
  public static int index(JsonObject device, int position, String... keys) {
    Integer index = Figures.smallCount(device, keys);
    return index != null ? index : position;
  }

  /**
   * The PCI address of a bare bus number (T-Rex {@code pci_bus}, NBMiner {@code pci_bus_id},
   * SRBMiner {@code bus_id}), decimal as they write it; null when there is none.
   */
  public static String busOfNumber(JsonObject device, String... keys) {
    Double bus = LenientFields.number(device, keys);
    if (bus == null || bus < 0 || bus > 0xff || bus != Math.floor(bus)) {
      return null;
    }
    return PciBus.ofBusNumber(bus.intValue());
  }

  /**
   * The PCI address of an address text (GMiner {@code 0000:01:00.0}, xmrig {@code 01:00.0},
   * lolMiner {@code 1:0}); null when there is none.
   */
  public static String busOfAddress(JsonObject device, String... keys) {
    return PciBus.normalize(LenientFields.text(device, keys));
  }
}
