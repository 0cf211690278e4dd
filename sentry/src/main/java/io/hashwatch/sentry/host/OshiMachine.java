package io.hashwatch.sentry.host;

import io.hashwatch.protocols.reading.Limits;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.Sensors;
import oshi.software.os.OperatingSystem;

/**
 * OSHI's objects for this machine, made once (the first costs a few hundred milliseconds: it loads
 * JNA), and what never changes while it runs: the OS, the CPU model and its logical processors.
 */
record OshiMachine(
    CentralProcessor cpu,
    GlobalMemory memory,
    Sensors sensors,
    OperatingSystem os,
    String osName,
    String cpuModel,
    int threads) {

  static OshiMachine create() {
    SystemInfo system = new SystemInfo();
    HardwareAbstractionLayer hardware = system.getHardware();
    OperatingSystem os = system.getOperatingSystem();
    CentralProcessor cpu = hardware.getProcessor();
    return new OshiMachine(
        cpu,
        hardware.getMemory(),
        hardware.getSensors(),
        os,
        osName(os),
        clip(cpu.getProcessorIdentifier().getName().strip()),
        cpu.getLogicalProcessorCount());
  }

  /** {@code Debian GNU/Linux 12 (bookworm), kernel 6.1.0-18-amd64}. */
  private static String osName(OperatingSystem os) {
    OperatingSystem.OSVersionInfo version = os.getVersionInfo();
    String codeName = version.getCodeName();
    String build = version.getBuildNumber();
    return clip(
        os.getFamily()
            + " "
            + version.getVersion()
            + (codeName == null || codeName.isBlank() ? "" : " (" + codeName + ")")
            + (build == null || build.isBlank() ? "" : ", kernel " + build));
  }

  /** A text within the reading's bound. */
  static String clip(String text) {
    return text == null || text.length() <= Limits.MAX_TEXT
        ? text
        : text.substring(0, Limits.MAX_TEXT - 3) + "...";
  }
}
