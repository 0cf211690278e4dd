package io.hashwatch.sentry.gpus;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The figures in an amdgpu card's hwmon directory ({@code device/hwmon/hwmonN}), in the units a
 * reading uses. Temperatures are labelled {@code edge}, {@code junction} and {@code mem} ({@code
 * temp1} alone, unlabelled, on older GPUs: the edge); power is {@code power1_average} or, on newer
 * GPUs, {@code power1_input}; clocks are {@code freq1_input} ({@code sclk}) and {@code freq2_input}
 * ({@code mclk}) where the driver has them.
 */
record AmdHwmon(
    Double edgeC,
    Double junctionC,
    Double memoryC,
    Double powerW,
    Double powerCapW,
    List<Integer> fansRpm,
    Integer fanPercent,
    Integer coreClockMhz,
    Integer memoryClockMhz) {
  private static final AmdHwmon NONE =
      new AmdHwmon(null, null, null, null, null, List.of(), null, null, null);
  private static final int TEMPERATURES = 3;
  private static final int CLOCKS = 2;
  private static final double MILLI = 1_000;
  private static final double MICRO = 1_000_000;
  private static final double PWM_FULL = 255;

  AmdHwmon {
    fansRpm = List.copyOf(fansRpm);
  }

  static AmdHwmon of(Path device, Function<Path, String> read) {
    Path dir = directory(device.resolve("hwmon"));
    if (dir == null) {
      return NONE;
    }
    Double[] temps = new Double[3];
    for (int i = 1; i <= TEMPERATURES; i++) {
      Double milli = FigureText.number(read.apply(dir.resolve("temp" + i + "_input")));
      int slot = temperatureSlot(read.apply(dir.resolve("temp" + i + "_label")), i);
      if (milli != null && slot >= 0) {
        temps[slot] = milli / MILLI;
      }
    }
    Integer[] clocks = new Integer[2];
    for (int i = 1; i <= CLOCKS; i++) {
      Double hertz = FigureText.number(read.apply(dir.resolve("freq" + i + "_input")));
      String label = read.apply(dir.resolve("freq" + i + "_label"));
      if (hertz != null && label != null) {
        int slot = "sclk".equals(label) ? 0 : "mclk".equals(label) ? 1 : -1;
        if (slot >= 0) {
          clocks[slot] = FigureText.whole(hertz / MICRO);
        }
      }
    }
    Double power = FigureText.number(read.apply(dir.resolve("power1_average")));
    power = power != null ? power : FigureText.number(read.apply(dir.resolve("power1_input")));
    Double cap = FigureText.number(read.apply(dir.resolve("power1_cap")));
    Integer rpm = FigureText.whole(FigureText.number(read.apply(dir.resolve("fan1_input"))));
    Double pwm = FigureText.number(read.apply(dir.resolve("pwm1")));
    return new AmdHwmon(
        temps[0],
        temps[1],
        temps[2],
        power == null ? null : FigureText.positive(power / MICRO),
        cap == null ? null : FigureText.positive(cap / MICRO),
        rpm == null ? List.of() : List.of(rpm),
        pwm == null ? null : FigureText.percent(pwm * 100 / PWM_FULL),
        clocks[0],
        clocks[1]);
  }

  /** 0 edge, 1 junction, 2 memory, -1 another sensor. */
  private static int temperatureSlot(String label, int index) {
    if (label == null) {
      return index == 1 ? 0 : -1;
    }
    return switch (label.toLowerCase(Locale.ROOT)) {
      case "edge" -> 0;
      case "junction", "hotspot" -> 1;
      case "mem", "memory" -> 2;
      default -> -1;
    };
  }

  /** The card's hwmon directory (it has one); {@code null} when there is none. */
  private static Path directory(Path hwmon) {
    Path first = null;
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(hwmon, "hwmon*")) {
      for (Path dir : dirs) {
        if (first == null
            || dir.getFileName().toString().compareTo(first.getFileName().toString()) < 0) {
          first = dir;
        }
      }
    } catch (IOException e) {
      return null;
    }
    return first;
  }
}
