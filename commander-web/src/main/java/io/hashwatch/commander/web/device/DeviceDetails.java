package io.hashwatch.commander.web.device;

import io.hashwatch.commander.fleet.DeviceView;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.reading.Gpu;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.ReadingJson;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;

/**
 * One device as its page shows it: the directory's summary and its latest poll result. When that
 * result is not a reading (or there is none yet), {@code reading} is empty, every figure shows a
 * dash, and {@code result} with {@code errors} say why.
 *
 * @param result the latest result's name ({@code reading}, {@code unreachable}...), or {@code none}
 *     before the first
 * @param errors what the latest poll could not read, or why it gave no reading
 */
public record DeviceDetails(
    DeviceView device, Reading reading, String result, List<String> errors) {
  private static final Reading EMPTY = Reading.builder().build();
  private static final String[] EFFICIENCY_UNITS = {"H", "kH", "MH", "GH", "TH"};

  public DeviceDetails {
    errors = List.copyOf(errors);
  }

  /** The device with its latest state parsed; the commander stored that JSON, so it reads back. */
  public static DeviceDetails of(DeviceView device) {
    if (device.stateJson() == null) {
      return new DeviceDetails(device, EMPTY, "none", List.of());
    }
    PollResult latest;
    try (JsonReader json =
        CachedJsonProvider.INSTANCE.createReader(new StringReader(device.stateJson()))) {
      latest = ReadingJson.fromJson(FieldReader.root(json.readObject()));
    }
    Reading reading = latest instanceof Reading r ? r : EMPTY;
    return new DeviceDetails(device, reading, latest.result(), latest.errors());
  }

  /** The make and model as the latest reading names them, else as the directory last knew them. */
  public String title() {
    String make = reading.make() != null ? reading.make() : device.make();
    String model = reading.model() != null ? reading.model() : device.model();
    if (make == null && model == null) {
      return device.address();
    }
    if (make == null || model != null && model.startsWith(make)) {
      return model;
    }
    return model == null ? make : make + " " + model;
  }

  /** Joules per terahash as the device gives it, else from its power and hashrate. */
  public Double efficiencyJth() {
    if (reading.efficiencyJth() != null) {
      return reading.efficiencyJth();
    }
    Double watts = reading.powerW();
    Double hs = reading.hashrateHs();
    return watts == null || hs == null || hs <= 0 ? null : watts / (hs / 1e12);
  }

  /**
   * The efficiency per the hashrate's own unit: J/TH for an ASIC, J/MH for a GPU (whose J/TH would
   * be millions).
   */
  public String efficiencyText() {
    Double jth = efficiencyJth();
    if (jth == null) {
      return "–";
    }
    Double hs = reading.hashrateHs();
    int unit = 4;
    while (hs != null && unit > 0 && hs < Math.pow(1000, unit)) {
      unit--;
    }
    double perUnit = jth / Math.pow(1000, 4 - unit);
    return String.format(Locale.ROOT, "%.1f J/%s", perUnit, EFFICIENCY_UNITS[unit]);
  }

  public List<BoardRow> boards() {
    return reading.boards().stream().map(BoardRow::of).toList();
  }

  /** Whether any board has a bus id, so that the boards table shows that column. */
  public boolean boardsHaveBusIds() {
    return reading.boards().stream().anyMatch(board -> board.busId() != null);
  }

  public int missingChips() {
    return boards().stream().mapToInt(BoardRow::missingChips).sum();
  }

  public List<Integer> fansRpm() {
    return reading.fansRpm();
  }

  public List<Pool> pools() {
    return reading.pools();
  }

  /** A rig's machine, or {@code null} for every other device. */
  public HostFigures host() {
    return reading.host() == null ? null : HostFigures.of(reading.host());
  }

  /** A GPU's telemetry, or {@code null} for every other device. */
  public Gpu gpu() {
    return reading.gpu();
  }
}
