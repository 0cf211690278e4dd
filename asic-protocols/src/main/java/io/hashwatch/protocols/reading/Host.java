package io.hashwatch.protocols.reading;

import java.util.List;
import java.util.Objects;

/**
 * The machine a rig sentry runs on, as the rig's own reading carries it ({@code host} in
 * docs/READING.md). Absent figures are {@code null}; the host's fans and uptime are the reading's
 * own {@code fansRpm} and {@code uptimeS}.
 *
 * @param cpuThreads logical processors
 * @param cpuLoadPercent share of all logical processors busy since the previous reading, 0..100
 * @param loadAverage1m the kernel's one-minute load average; absent where the OS has none
 * @param cpuTempC the CPU package temperature, where the kernel gives it
 * @param coreTempsC each core's temperature, where the kernel gives them
 */
public record Host(
    String hostname,
    String os,
    String cpuModel,
    Integer cpuThreads,
    Double cpuLoadPercent,
    Double loadAverage1m,
    Double cpuTempC,
    List<Double> coreTempsC,
    Long memoryTotalBytes,
    Long memoryAvailableBytes,
    List<Disk> disks,
    List<NetworkLink> network) {
  public static final int MAX_CORES = 512;
  public static final int MAX_DISKS = 32;
  public static final int MAX_LINKS = 32;

  public Host {
    Limits.text(hostname, "host.hostname");
    Limits.text(os, "host.os");
    Limits.text(cpuModel, "host.cpuModel");
    if (cpuThreads != null && cpuThreads < 0) {
      throw new IllegalArgumentException("host.cpuThreads must be >= 0");
    }
    Limits.figure(cpuLoadPercent, "host.cpuLoadPercent");
    Limits.figure(loadAverage1m, "host.loadAverage1m");
    Limits.temperature(cpuTempC, "host.cpuTempC");
    coreTempsC = Limits.bounded(coreTempsC, MAX_CORES, "host.coreTempsC");
    coreTempsC.forEach(t -> Limits.temperature(Objects.requireNonNull(t), "host.coreTempsC"));
    Limits.count(memoryTotalBytes, "host.memoryTotalBytes");
    Limits.count(memoryAvailableBytes, "host.memoryAvailableBytes");
    disks = Limits.bounded(disks, MAX_DISKS, "host.disks");
    network = Limits.bounded(network, MAX_LINKS, "host.network");
  }

  /** One mounted file system. */
  public record Disk(String mount, Long totalBytes, Long freeBytes) {
    public Disk {
      Objects.requireNonNull(mount, "mount");
      Limits.text(mount, "host.disks[].mount");
      Limits.count(totalBytes, "host.disks[].totalBytes");
      Limits.count(freeBytes, "host.disks[].freeBytes");
    }
  }

  /** One network interface, with its byte counters since the host started. */
  public record NetworkLink(String name, Long receivedBytes, Long sentBytes) {
    public NetworkLink {
      Objects.requireNonNull(name, "name");
      Limits.text(name, "host.network[].name");
      Limits.count(receivedBytes, "host.network[].receivedBytes");
      Limits.count(sentBytes, "host.network[].sentBytes");
    }
  }
}
