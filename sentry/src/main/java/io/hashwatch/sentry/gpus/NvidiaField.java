package io.hashwatch.sentry.gpus;

import java.util.List;

/**
 * Where each figure of a GPU is in each of nvidia-smi's three forms, as data: the {@code
 * --query-gpu} field names (and the long names its header shows), the element paths of {@code -q
 * -x}, and the section paths of {@code -q} (lower case). The first candidate that holds a value
 * wins, so newer names and older ones sit side by side: {@code gpu_power_readings} (schema v12 and
 * later) beside {@code power_readings}, the average power draw before the instant one.
 */
enum NvidiaField {
  BUS_ID(List.of("pci.bus_id"), List.of("@id", "pci/pci_bus_id"), List.of("@id", "pci/bus id")),
  NAME(List.of("name"), List.of("product_name"), List.of("product name")),
  TEMP(
      List.of("temperature.gpu"),
      List.of("temperature/gpu_temp"),
      List.of("temperature/gpu current temp", "temperature/gpu")),
  MEMORY_TEMP(
      List.of("temperature.memory"),
      List.of("temperature/memory_temp"),
      List.of("temperature/memory current temp")),
  FAN(List.of("fan.speed"), List.of("fan_speed"), List.of("fan speed")),
  POWER(
      List.of("power.draw"),
      List.of(
          "power_readings/power_draw",
          "gpu_power_readings/power_draw",
          "gpu_power_readings/average_power_draw",
          "gpu_power_readings/instant_power_draw",
          "power_readings/average_power_draw",
          "power_readings/instant_power_draw"),
      List.of(
          "power readings/power draw",
          "gpu power readings/power draw",
          "gpu power readings/average power draw",
          "gpu power readings/instantaneous power draw",
          "power readings/average power draw",
          "power readings/instantaneous power draw")),
  POWER_LIMIT(
      List.of("enforced.power.limit", "power.limit"),
      List.of(
          "power_readings/enforced_power_limit",
          "gpu_power_readings/enforced_power_limit",
          "gpu_power_readings/current_power_limit",
          "power_readings/current_power_limit",
          "power_readings/power_limit",
          "gpu_power_readings/power_limit"),
      List.of(
          "power readings/enforced power limit",
          "gpu power readings/enforced power limit",
          "gpu power readings/current power limit",
          "power readings/current power limit",
          "power readings/power limit",
          "gpu power readings/power limit")),
  CORE_CLOCK(
      List.of("clocks.sm", "clocks.current.sm", "clocks.gr", "clocks.current.graphics"),
      List.of("clocks/sm_clock", "clocks/graphics_clock"),
      List.of("clocks/sm", "clocks/graphics")),
  MEMORY_CLOCK(
      List.of("clocks.mem", "clocks.current.memory"),
      List.of("clocks/mem_clock"),
      List.of("clocks/memory")),
  MEMORY_USED(
      List.of("memory.used"), List.of("fb_memory_usage/used"), List.of("fb memory usage/used")),
  MEMORY_TOTAL(
      List.of("memory.total"), List.of("fb_memory_usage/total"), List.of("fb memory usage/total")),
  UTILIZATION(
      List.of("utilization.gpu"), List.of("utilization/gpu_util"), List.of("utilization/gpu"));

  /** The fields asked of {@code --query-gpu}: the first CSV name of each. */
  static final List<String> QUERY =
      List.of(
          "pci.bus_id",
          "name",
          "temperature.gpu",
          "temperature.memory",
          "fan.speed",
          "power.draw",
          "enforced.power.limit",
          "power.limit",
          "clocks.sm",
          "clocks.mem",
          "memory.used",
          "memory.total",
          "utilization.gpu");

  /**
   * Fields an older driver may refuse ("is not a valid field to query") that the query does
   * without; refusing any other sends nvidia-smi to its XML form.
   */
  static final List<String> DROPPABLE = List.of("temperature.memory", "enforced.power.limit");

  private final List<String> csv;
  private final List<String> xml;
  private final List<String> text;

  NvidiaField(List<String> csv, List<String> xml, List<String> text) {
    this.csv = csv;
    this.xml = xml;
    this.text = text;
  }

  List<String> candidates(NvidiaForm form) {
    return switch (form) {
      case CSV -> csv;
      case XML -> xml;
      case TEXT -> text;
    };
  }
}
