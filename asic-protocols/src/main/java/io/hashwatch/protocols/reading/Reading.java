package io.hashwatch.protocols.reading;

import java.util.List;

/**
 * The normalized figures of one device at one poll. Every figure the device does not give is {@code
 * null}; a miner that answers with 0 H/s (sleeping, curtailed) is a reading with {@code hashrateHs}
 * 0.
 *
 * @param stale shares the pool refused as stale, where the device counts them apart
 * @param relayOn for a relay: whether it conducts (the load is powered); {@code null} for every
 *     other device
 * @param host for a rig: the machine itself; {@code null} for every other device
 * @param gpu for a GPU: its telemetry; {@code null} for every other device
 */
public record Reading(
    String make,
    String model,
    String firmware,
    String firmwareVersion,
    String algorithm,
    Double hashrateHs,
    Double hashrateAvgHs,
    Double expectedHashrateHs,
    List<Board> boards,
    List<Integer> fansRpm,
    Double powerW,
    Double efficiencyJth,
    List<Pool> pools,
    Long accepted,
    Long rejected,
    Long hardwareErrors,
    Long stale,
    Long uptimeS,
    List<String> errors,
    Boolean relayOn,
    Host host,
    Gpu gpu)
    implements PollResult {

  public Reading {
    Limits.text(make, "make");
    Limits.text(model, "model");
    Limits.text(firmware, "firmware");
    Limits.text(firmwareVersion, "firmwareVersion");
    Limits.text(algorithm, "algorithm");
    Limits.figure(hashrateHs, "hashrateHs");
    Limits.figure(hashrateAvgHs, "hashrateAvgHs");
    Limits.figure(expectedHashrateHs, "expectedHashrateHs");
    Limits.figure(powerW, "powerW");
    Limits.figure(efficiencyJth, "efficiencyJth");
    Limits.count(accepted, "accepted");
    Limits.count(rejected, "rejected");
    Limits.count(hardwareErrors, "hardwareErrors");
    Limits.count(stale, "stale");
    Limits.count(uptimeS, "uptimeS");
    boards = Limits.bounded(boards, Limits.MAX_BOARDS, "boards");
    fansRpm = Limits.bounded(fansRpm, Limits.MAX_FANS, "fansRpm");
    if (fansRpm.stream().anyMatch(rpm -> rpm < 0)) {
      throw new IllegalArgumentException("fansRpm must be >= 0");
    }
    pools = Limits.bounded(pools, Limits.MAX_POOLS, "pools");
    errors = Limits.errors(errors);
  }

  @Override
  public String result() {
    return "reading";
  }

  /**
   * The hottest chip, else the hottest board, of all boards, and the hottest of a GPU's or a host
   * CPU's temperatures; {@code null} when none is known.
   */
  public Double maxTempC() {
    Double boardMax =
        boards.stream()
            .map(board -> board.chipTempC() != null ? board.chipTempC() : board.boardTempC())
            .filter(t -> t != null)
            .max(Double::compare)
            .orElse(null);
    Double gpuMax = gpu == null ? null : gpu.maxTempC();
    Double cpuMax = host == null ? null : host.cpuTempC();
    return hotter(hotter(boardMax, gpuMax), cpuMax);
  }

  private static Double hotter(Double a, Double b) {
    if (a == null) {
      return b;
    }
    return b == null || a >= b ? a : b;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a reading field by field, as drivers find the figures in different replies. */
  public static final class Builder {
    private String make;
    private String model;
    private String firmware;
    private String firmwareVersion;
    private String algorithm;
    private Double hashrateHs;
    private Double hashrateAvgHs;
    private Double expectedHashrateHs;
    private List<Board> boards = List.of();
    private List<Integer> fansRpm = List.of();
    private Double powerW;
    private Double efficiencyJth;
    private List<Pool> pools = List.of();
    private Long accepted;
    private Long rejected;
    private Long hardwareErrors;
    private Long stale;
    private Long uptimeS;
    private List<String> errors = List.of();
    private Boolean relayOn;
    private Host host;
    private Gpu gpu;

    private Builder() {}

    public Builder make(String make) {
      this.make = make;
      return this;
    }

    public Builder model(String model) {
      this.model = model;
      return this;
    }

    public Builder firmware(String firmware) {
      this.firmware = firmware;
      return this;
    }

    public Builder firmwareVersion(String firmwareVersion) {
      this.firmwareVersion = firmwareVersion;
      return this;
    }

    public Builder algorithm(String algorithm) {
      this.algorithm = algorithm;
      return this;
    }

    public Builder hashrateHs(Double hashrateHs) {
      this.hashrateHs = hashrateHs;
      return this;
    }

    public Builder hashrateAvgHs(Double hashrateAvgHs) {
      this.hashrateAvgHs = hashrateAvgHs;
      return this;
    }

    public Builder expectedHashrateHs(Double expectedHashrateHs) {
      this.expectedHashrateHs = expectedHashrateHs;
      return this;
    }

    public Builder boards(List<Board> boards) {
      this.boards = boards;
      return this;
    }

    public Builder fansRpm(List<Integer> fansRpm) {
      this.fansRpm = fansRpm;
      return this;
    }

    public Builder powerW(Double powerW) {
      this.powerW = powerW;
      return this;
    }

    public Builder efficiencyJth(Double efficiencyJth) {
      this.efficiencyJth = efficiencyJth;
      return this;
    }

    public Builder pools(List<Pool> pools) {
      this.pools = pools;
      return this;
    }

    public Builder accepted(Long accepted) {
      this.accepted = accepted;
      return this;
    }

    public Builder rejected(Long rejected) {
      this.rejected = rejected;
      return this;
    }

    public Builder hardwareErrors(Long hardwareErrors) {
      this.hardwareErrors = hardwareErrors;
      return this;
    }

    public Builder stale(Long stale) {
      this.stale = stale;
      return this;
    }

    public Builder uptimeS(Long uptimeS) {
      this.uptimeS = uptimeS;
      return this;
    }

    public Builder errors(List<String> errors) {
      this.errors = errors;
      return this;
    }

    public Builder relayOn(Boolean relayOn) {
      this.relayOn = relayOn;
      return this;
    }

    public Builder host(Host host) {
      this.host = host;
      return this;
    }

    public Builder gpu(Gpu gpu) {
      this.gpu = gpu;
      return this;
    }

    public Reading build() {
      return new Reading(
          make,
          model,
          firmware,
          firmwareVersion,
          algorithm,
          hashrateHs,
          hashrateAvgHs,
          expectedHashrateHs,
          boards,
          fansRpm,
          powerW,
          efficiencyJth,
          pools,
          accepted,
          rejected,
          hardwareErrors,
          stale,
          uptimeS,
          errors,
          relayOn,
          host,
          gpu);
    }
  }
}
