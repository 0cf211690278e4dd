package io.hashwatch.sentry.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CPU package and per-core temperatures from the kernel's hwmon drivers
 * (Documentation/hwmon/sysfs-interface.rst): {@code coretemp} on Intel ({@code Package id N},
 * {@code Core N}), {@code k10temp} and {@code zenpower} on AMD ({@code Tdie}, else {@code Tctl},
 * for the package; {@code TccdN}, one per core complex, for the cores). Each {@code tempN_input}
 * holds millidegrees Celsius.
 *
 * <p>The sensor files are found once and read at each call; they are looked for again when none was
 * found or one stops answering (a driver reloaded renumbers the hwmon directories).
 */
final class CpuTemperatures {
  private static final Pattern HWMON = Pattern.compile("hwmon(\\d+)");
  private static final Pattern TEMP_LABEL = Pattern.compile("temp(\\d+)_label");
  private static final Pattern INTEL_PACKAGE = Pattern.compile("(?:Package|Physical) id (\\d+)");
  private static final Pattern INTEL_CORE = Pattern.compile("Core (\\d+)");
  private static final Pattern AMD_CCD = Pattern.compile("Tccd(\\d+)");

  private final Path root;
  private List<Sensor> sensors = List.of();

  /** What one read found; a temperature is {@code null} where no sensor gives it. */
  record Temperatures(Double packageC, List<Double> coresC) {}

  /**
   * One sensor file. {@code rank} orders a chip's package sensors (the lowest is taken: AMD's Tdie
   * before its Tctl, which may carry an offset) and its cores (by number).
   */
  private record Sensor(int chip, boolean core, int rank, Path input) {}

  CpuTemperatures(Path hwmonRoot) {
    this.root = hwmonRoot;
  }

  /** Reads the temperatures; what cannot be read goes to {@code problems}. */
  Temperatures read(List<String> problems) {
    if (sensors.isEmpty()) {
      sensors = find(problems);
    }
    List<Sensor> reading = sensors;
    Map<Integer, Double> packages = new HashMap<>();
    List<Double> cores = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Sensor sensor : reading) {
      Double celsius = celsius(sensor.input(), unreadable);
      if (celsius != null && sensor.core()) {
        cores.add(celsius);
      } else if (celsius != null) {
        // Sorted by rank: the first package sensor that reads is the chip's best.
        packages.putIfAbsent(sensor.chip(), celsius);
      }
    }
    if (!unreadable.isEmpty()) {
      // One problem for them all: a rig's reading holds few errors, and a CPU has many cores.
      problems.add(
          "CPU temperature: "
              + unreadable.size()
              + " of "
              + reading.size()
              + " sensors unreadable ("
              + unreadable.get(0)
              + "); looking for them again");
      sensors = List.of();
    }
    // Several sockets: the hottest package is the CPU's temperature.
    return new Temperatures(packages.values().stream().max(Double::compare).orElse(null), cores);
  }

  private static Double celsius(Path input, List<String> unreadable) {
    try {
      return Long.parseLong(Files.readString(input).strip()) / 1000.0;
    } catch (IOException | NumberFormatException e) {
      unreadable.add(input + ": " + reason(e));
      return null;
    }
  }

  private List<Sensor> find(List<String> problems) {
    List<Path> chips;
    try (Stream<Path> listed = Files.list(root)) {
      chips =
          listed
              .filter(path -> HWMON.matcher(path.getFileName().toString()).matches())
              .sorted(Comparator.comparingInt(CpuTemperatures::number))
              .toList();
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      problems.add("CPU temperature: cannot list " + root + ": " + reason(e));
      return List.of();
    }
    List<Sensor> found = new ArrayList<>();
    for (Path chip : chips) {
      try {
        String driver = Files.readString(chip.resolve("name")).strip();
        switch (driver) {
          case "coretemp" -> intel(chip, found);
          case "k10temp", "zenpower" -> amd(chip, found);
          default -> {
            // another sensor (a disk, the board, a GPU): not the CPU's
          }
        }
      } catch (IOException e) {
        // A chip without a readable name is not one of the CPU drivers above.
      }
    }
    found.sort(
        Comparator.comparingInt(Sensor::chip)
            .thenComparing(Sensor::core)
            .thenComparingInt(Sensor::rank));
    return List.copyOf(found);
  }

  private static void intel(Path chip, List<Sensor> found) throws IOException {
    for (Labelled temp : labelled(chip)) {
      Matcher core = INTEL_CORE.matcher(temp.label());
      if (INTEL_PACKAGE.matcher(temp.label()).matches()) {
        found.add(new Sensor(number(chip), false, 0, temp.input()));
      } else if (core.matches()) {
        found.add(new Sensor(number(chip), true, Integer.parseInt(core.group(1)), temp.input()));
      }
    }
  }

  private static void amd(Path chip, List<Sensor> found) throws IOException {
    List<Labelled> temps = labelled(chip);
    if (temps.isEmpty() && Files.exists(chip.resolve("temp1_input"))) {
      // Kernels before 4.15 give k10temp's one temperature (Tctl) without a label.
      temps = List.of(new Labelled("Tctl", chip.resolve("temp1_input")));
    }
    for (Labelled temp : temps) {
      Matcher ccd = AMD_CCD.matcher(temp.label());
      switch (temp.label()) {
        case "Tdie" -> found.add(new Sensor(number(chip), false, 0, temp.input()));
        case "Tctl" -> found.add(new Sensor(number(chip), false, 1, temp.input()));
        default -> {
          if (ccd.matches()) {
            found.add(new Sensor(number(chip), true, Integer.parseInt(ccd.group(1)), temp.input()));
          }
        }
      }
    }
  }

  private record Labelled(String label, Path input) {}

  /** Every {@code tempN_label} of a chip with its {@code tempN_input}. */
  private static List<Labelled> labelled(Path chip) throws IOException {
    List<Labelled> temps = new ArrayList<>();
    try (Stream<Path> files = Files.list(chip)) {
      for (Path file : files.toList()) {
        Matcher label = TEMP_LABEL.matcher(file.getFileName().toString());
        Path input = chip.resolve("temp" + (label.matches() ? label.group(1) : "") + "_input");
        if (label.matches() && Files.exists(input)) {
          temps.add(new Labelled(Files.readString(file).strip(), input));
        }
      }
    }
    return temps;
  }

  private static int number(Path chip) {
    Matcher hwmon = HWMON.matcher(chip.getFileName().toString());
    return hwmon.matches() ? Integer.parseInt(hwmon.group(1)) : Integer.MAX_VALUE;
  }

  private static String reason(Exception e) {
    return e instanceof NoSuchFileException ? "gone" : String.valueOf(e.getMessage());
  }
}
