package io.hashwatch.sentry.rig;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Gpu;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.sentry.gpus.GpuSnapshot;
import io.hashwatch.sentry.gpus.GpuTelemetry;
import io.hashwatch.sentry.gpus.PciBus;
import io.hashwatch.sentry.host.HostReading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what one rig reading found (the machine, its GPUs, each program's poll) into one entry per
 * device: the rig itself, each GPU with the hashrate of the programs mining on it (joined on the
 * PCI address), each GPU lost since it was last seen, and each program, whose GPU boards get the
 * GPU's temperature where the program does not give it.
 */
public final class RigReadings {
  private final String rig;

  /**
   * @param rig the rig's name: the address of its own device and the prefix of the others
   */
  public RigReadings(String rig) {
    this.rig = rig;
  }

  public String rigAddress() {
    return rig;
  }

  public String gpuAddress(String busId) {
    return rig + "/gpu/" + busId;
  }

  public String programAddress(String name) {
    return rig + "/" + name;
  }

  /**
   * @param programs each program's poll by the program's name on this rig, in report order
   */
  public List<RigEntry> entries(
      HostReading host, GpuSnapshot gpus, Map<String, PollResult> programs) {
    Map<String, GpuTelemetry> byBus = new LinkedHashMap<>();
    gpus.gpus().forEach(gpu -> byBus.put(gpu.busId(), gpu));
    Map<String, List<Share>> shares = shares(programs);
    List<RigEntry> entries = new ArrayList<>();
    entries.add(new RigEntry(rig, DeviceKind.RIG, rigReading(host, gpus)));
    for (GpuTelemetry gpu : gpus.gpus()) {
      entries.add(
          new RigEntry(
              gpuAddress(gpu.busId()),
              DeviceKind.GPU,
              gpuReading(gpu, shares.getOrDefault(gpu.busId(), List.of()))));
    }
    for (GpuSnapshot.LostGpu lost : gpus.lost()) {
      entries.add(
          new RigEntry(
              gpuAddress(lost.busId()),
              DeviceKind.GPU,
              new Unreachable(List.of("GPU " + lost.busId() + " lost: " + lost.reason()))));
    }
    programs.forEach(
        (name, result) ->
            entries.add(
                new RigEntry(
                    programAddress(name), DeviceKind.PROGRAM, withGpuTemps(result, byBus))));
    return entries;
  }

  /** What one program mines on one GPU. */
  private record Share(String program, Double hashrateHs) {}

  private static Map<String, List<Share>> shares(Map<String, PollResult> programs) {
    Map<String, List<Share>> shares = new LinkedHashMap<>();
    programs.forEach(
        (name, result) -> {
          if (result instanceof Reading reading) {
            for (Board board : reading.boards()) {
              String bus = PciBus.normalize(board.busId());
              if (bus != null) {
                shares
                    .computeIfAbsent(bus, key -> new ArrayList<>())
                    .add(new Share(name, board.hashrateHs()));
              }
            }
          }
        });
    return shares;
  }

  private static PollResult rigReading(HostReading host, GpuSnapshot gpus) {
    List<String> errors = new ArrayList<>(host.problems());
    errors.addAll(gpus.problems());
    return Reading.builder()
        .host(host.host())
        .fansRpm(host.fansRpm())
        .uptimeS(host.uptimeS())
        .powerW(sum(gpus.gpus().stream().map(GpuTelemetry::powerW).toList()))
        .errors(errors)
        .build();
  }

  private static Reading gpuReading(GpuTelemetry gpu, List<Share> shares) {
    Gpu figures = gpu.figures();
    List<String> programs = shares.stream().map(Share::program).distinct().toList();
    return Reading.builder()
        .make(gpu.make())
        .model(gpu.model())
        .hashrateHs(shares.isEmpty() ? null : sum(shares.stream().map(Share::hashrateHs).toList()))
        .powerW(gpu.powerW())
        .fansRpm(gpu.fansRpm())
        .gpu(
            new Gpu(
                figures.busId(),
                figures.tempC(),
                figures.hotspotTempC(),
                figures.memoryTempC(),
                figures.fanPercent(),
                figures.powerLimitW(),
                figures.coreClockMhz(),
                figures.memoryClockMhz(),
                figures.memoryUsedMib(),
                figures.memoryTotalMib(),
                figures.utilizationPercent(),
                programs))
        .build();
  }

  private static PollResult withGpuTemps(PollResult result, Map<String, GpuTelemetry> byBus) {
    if (!(result instanceof Reading reading)
        || reading.boards().stream().noneMatch(board -> board.boardTempC() == null)) {
      return result;
    }
    List<Board> boards = new ArrayList<>(reading.boards().size());
    for (Board board : reading.boards()) {
      GpuTelemetry gpu = byBus.get(PciBus.normalize(board.busId()));
      boards.add(
          board.boardTempC() != null || gpu == null || gpu.figures().tempC() == null
              ? board
              : new Board(
                  board.index(),
                  board.hashrateHs(),
                  gpu.figures().tempC(),
                  board.chipTempC(),
                  board.chips(),
                  board.expectedChips(),
                  board.busId()));
    }
    return copyWithBoards(reading, boards);
  }

  private static Reading copyWithBoards(Reading r, List<Board> boards) {
    return new Reading(
        r.make(),
        r.model(),
        r.firmware(),
        r.firmwareVersion(),
        r.algorithm(),
        r.hashrateHs(),
        r.hashrateAvgHs(),
        r.expectedHashrateHs(),
        boards,
        r.fansRpm(),
        r.powerW(),
        r.efficiencyJth(),
        r.pools(),
        r.accepted(),
        r.rejected(),
        r.hardwareErrors(),
        r.stale(),
        r.uptimeS(),
        r.errors(),
        r.relayOn(),
        r.host(),
        r.gpu());
  }

  /** The sum of the known figures; {@code null} when none is known. */
  private static Double sum(List<Double> figures) {
    Double total = null;
    for (Double figure : figures) {
      if (figure != null) {
        total = total == null ? figure : total + figure;
      }
    }
    return total;
  }
}
