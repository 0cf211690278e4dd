package io.hashwatch.protocols.reading;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The JSON form of a {@link PollResult} (docs/READING.md): absent figures are left out. */
public final class ReadingJson {

  private ReadingJson() {}

  public static JsonObject toJson(PollResult result) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE.createObjectBuilder().add("result", result.result());
    if (result instanceof Reading reading) {
      addReading(json, reading);
    }
    if (!result.errors().isEmpty()) {
      json.add("errors", CachedJsonProvider.INSTANCE.createArrayBuilder(result.errors()));
    }
    return json.build();
  }

  public static PollResult fromJson(FieldReader json) {
    String result = json.requiredString("result", 16);
    List<String> errors =
        json.optionalList("errors", Limits.MAX_ERRORS, item -> item.string(Limits.MAX_ERROR_TEXT));
    try {
      return switch (result) {
        case "reading" -> readReading(json, errors);
        case "unreachable" -> new Unreachable(requireReason(json, errors));
        case "rejected" -> new Rejected(requireReason(json, errors));
        case "no-data" -> new NoData(requireReason(json, errors));
        default ->
            throw new InvalidFieldException(
                json.pathOf("result"), "must be reading, unreachable, rejected or no-data");
      };
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(json.pathOf("result"), e.getMessage());
    }
  }

  private static List<String> requireReason(FieldReader json, List<String> errors) {
    if (errors.isEmpty()) {
      throw new InvalidFieldException(json.pathOf("errors"), "must say why there is no reading");
    }
    return errors;
  }

  private static Reading readReading(FieldReader json, List<String> errors) {
    return Reading.builder()
        .make(json.optionalString("make", Limits.MAX_TEXT))
        .model(json.optionalString("model", Limits.MAX_TEXT))
        .firmware(json.optionalString("firmware", Limits.MAX_TEXT))
        .firmwareVersion(json.optionalString("firmwareVersion", Limits.MAX_TEXT))
        .algorithm(json.optionalString("algorithm", Limits.MAX_TEXT))
        .hashrateHs(figure(json, "hashrateHs"))
        .hashrateAvgHs(figure(json, "hashrateAvgHs"))
        .expectedHashrateHs(figure(json, "expectedHashrateHs"))
        .boards(json.optionalList("boards", Limits.MAX_BOARDS, item -> board(item.object())))
        .fansRpm(json.optionalList("fansRpm", Limits.MAX_FANS, FieldReader.Item::nonNegativeInt))
        .powerW(figure(json, "powerW"))
        .efficiencyJth(figure(json, "efficiencyJth"))
        .pools(json.optionalList("pools", Limits.MAX_POOLS, item -> pool(item.object())))
        .accepted(count(json, "accepted"))
        .rejected(count(json, "rejected"))
        .hardwareErrors(count(json, "hardwareErrors"))
        .stale(count(json, "stale"))
        .uptimeS(count(json, "uptimeS"))
        .relayOn(json.has("relayOn") ? json.optionalBoolean("relayOn", false) : null)
        .host(host(json.optionalObject("host")))
        .gpu(gpu(json.optionalObject("gpu")))
        .errors(errors)
        .build();
  }

  private static Host host(FieldReader json) {
    if (json == null) {
      return null;
    }
    return new Host(
        json.optionalString("hostname", Limits.MAX_TEXT),
        json.optionalString("os", Limits.MAX_TEXT),
        json.optionalString("cpuModel", Limits.MAX_TEXT),
        nonNegativeInt(json, "cpuThreads"),
        figure(json, "cpuLoadPercent"),
        figure(json, "loadAverage1m"),
        json.optionalDouble("cpuTempC"),
        json.optionalList("coreTempsC", Host.MAX_CORES, FieldReader.Item::number),
        count(json, "memoryTotalBytes"),
        count(json, "memoryAvailableBytes"),
        json.optionalList("disks", Host.MAX_DISKS, item -> disk(item.object())),
        json.optionalList("network", Host.MAX_LINKS, item -> link(item.object())));
  }

  private static Host.Disk disk(FieldReader json) {
    return new Host.Disk(
        json.requiredString("mount", Limits.MAX_TEXT),
        count(json, "totalBytes"),
        count(json, "freeBytes"));
  }

  private static Host.NetworkLink link(FieldReader json) {
    return new Host.NetworkLink(
        json.requiredString("name", Limits.MAX_TEXT),
        count(json, "receivedBytes"),
        count(json, "sentBytes"));
  }

  private static Gpu gpu(FieldReader json) {
    if (json == null) {
      return null;
    }
    return new Gpu(
        json.optionalString("busId", Limits.MAX_TEXT),
        json.optionalDouble("tempC"),
        json.optionalDouble("hotspotTempC"),
        json.optionalDouble("memoryTempC"),
        percent(json, "fanPercent"),
        figure(json, "powerLimitW"),
        nonNegativeInt(json, "coreClockMhz"),
        nonNegativeInt(json, "memoryClockMhz"),
        count(json, "memoryUsedMib"),
        count(json, "memoryTotalMib"),
        percent(json, "utilizationPercent"),
        json.optionalList("programs", Gpu.MAX_PROGRAMS, item -> item.string(Limits.MAX_TEXT)));
  }

  private static Integer percent(FieldReader json, String name) {
    Integer value = json.optionalInt(name);
    if (value != null && (value < 0 || value > 100)) {
      throw new InvalidFieldException(json.pathOf(name), "must be 0 to 100");
    }
    return value;
  }

  private static Board board(FieldReader json) {
    Integer index = json.optionalInt("index");
    if (index == null || index < 0) {
      throw new InvalidFieldException(json.pathOf("index"), "is required and must be >= 0");
    }
    return new Board(
        index,
        figure(json, "hashrateHs"),
        json.optionalDouble("boardTempC"),
        json.optionalDouble("chipTempC"),
        nonNegativeInt(json, "chips"),
        nonNegativeInt(json, "expectedChips"),
        json.optionalString("busId", Limits.MAX_TEXT));
  }

  private static Pool pool(FieldReader json) {
    return new Pool(
        json.requiredString("url", Limits.MAX_TEXT),
        json.optionalString("user", Limits.MAX_TEXT),
        json.optionalString("status", Limits.MAX_TEXT),
        json.optionalBoolean("active", false),
        count(json, "accepted"),
        count(json, "rejected"),
        count(json, "stale"));
  }

  private static Double figure(FieldReader json, String name) {
    Double value = json.optionalDouble(name);
    if (value != null && (value < 0 || !Double.isFinite(value))) {
      throw new InvalidFieldException(json.pathOf(name), "must be a number >= 0");
    }
    return value;
  }

  private static Long count(FieldReader json, String name) {
    Long value = json.optionalLong(name);
    if (value != null && value < 0) {
      throw new InvalidFieldException(json.pathOf(name), "must be >= 0");
    }
    return value;
  }

  private static Integer nonNegativeInt(FieldReader json, String name) {
    Integer value = json.optionalInt(name);
    if (value != null && value < 0) {
      throw new InvalidFieldException(json.pathOf(name), "must be >= 0");
    }
    return value;
  }

  private static void addReading(JsonObjectBuilder json, Reading r) {
    addText(json, "make", r.make());
    addText(json, "model", r.model());
    addText(json, "firmware", r.firmware());
    addText(json, "firmwareVersion", r.firmwareVersion());
    addText(json, "algorithm", r.algorithm());
    addNumber(json, "hashrateHs", r.hashrateHs());
    addNumber(json, "hashrateAvgHs", r.hashrateAvgHs());
    addNumber(json, "expectedHashrateHs", r.expectedHashrateHs());
    if (!r.boards().isEmpty()) {
      JsonArrayBuilder boards = CachedJsonProvider.INSTANCE.createArrayBuilder();
      r.boards().forEach(board -> boards.add(boardJson(board)));
      json.add("boards", boards);
    }
    if (!r.fansRpm().isEmpty()) {
      json.add("fansRpm", CachedJsonProvider.INSTANCE.createArrayBuilder(r.fansRpm()));
    }
    addNumber(json, "powerW", r.powerW());
    addNumber(json, "efficiencyJth", r.efficiencyJth());
    if (!r.pools().isEmpty()) {
      JsonArrayBuilder pools = CachedJsonProvider.INSTANCE.createArrayBuilder();
      r.pools().forEach(pool -> pools.add(poolJson(pool)));
      json.add("pools", pools);
    }
    addNumber(json, "accepted", r.accepted());
    addNumber(json, "rejected", r.rejected());
    addNumber(json, "hardwareErrors", r.hardwareErrors());
    addNumber(json, "stale", r.stale());
    addNumber(json, "uptimeS", r.uptimeS());
    if (r.relayOn() != null) {
      json.add("relayOn", r.relayOn());
    }
    if (r.host() != null) {
      json.add("host", hostJson(r.host()));
    }
    if (r.gpu() != null) {
      json.add("gpu", gpuJson(r.gpu()));
    }
  }

  private static JsonObjectBuilder hostJson(Host host) {
    JsonObjectBuilder json = CachedJsonProvider.INSTANCE.createObjectBuilder();
    addText(json, "hostname", host.hostname());
    addText(json, "os", host.os());
    addText(json, "cpuModel", host.cpuModel());
    addNumber(json, "cpuThreads", host.cpuThreads());
    addNumber(json, "cpuLoadPercent", host.cpuLoadPercent());
    addNumber(json, "loadAverage1m", host.loadAverage1m());
    addNumber(json, "cpuTempC", host.cpuTempC());
    if (!host.coreTempsC().isEmpty()) {
      JsonArrayBuilder temps = CachedJsonProvider.INSTANCE.createArrayBuilder();
      host.coreTempsC().forEach(temps::add);
      json.add("coreTempsC", temps);
    }
    addNumber(json, "memoryTotalBytes", host.memoryTotalBytes());
    addNumber(json, "memoryAvailableBytes", host.memoryAvailableBytes());
    if (!host.disks().isEmpty()) {
      JsonArrayBuilder disks = CachedJsonProvider.INSTANCE.createArrayBuilder();
      for (Host.Disk disk : host.disks()) {
        JsonObjectBuilder item =
            CachedJsonProvider.INSTANCE.createObjectBuilder().add("mount", disk.mount());
        addNumber(item, "totalBytes", disk.totalBytes());
        addNumber(item, "freeBytes", disk.freeBytes());
        disks.add(item);
      }
      json.add("disks", disks);
    }
    if (!host.network().isEmpty()) {
      JsonArrayBuilder links = CachedJsonProvider.INSTANCE.createArrayBuilder();
      for (Host.NetworkLink link : host.network()) {
        JsonObjectBuilder item =
            CachedJsonProvider.INSTANCE.createObjectBuilder().add("name", link.name());
        addNumber(item, "receivedBytes", link.receivedBytes());
        addNumber(item, "sentBytes", link.sentBytes());
        links.add(item);
      }
      json.add("network", links);
    }
    return json;
  }

  private static JsonObjectBuilder gpuJson(Gpu gpu) {
    JsonObjectBuilder json = CachedJsonProvider.INSTANCE.createObjectBuilder();
    addText(json, "busId", gpu.busId());
    addNumber(json, "tempC", gpu.tempC());
    addNumber(json, "hotspotTempC", gpu.hotspotTempC());
    addNumber(json, "memoryTempC", gpu.memoryTempC());
    addNumber(json, "fanPercent", gpu.fanPercent());
    addNumber(json, "powerLimitW", gpu.powerLimitW());
    addNumber(json, "coreClockMhz", gpu.coreClockMhz());
    addNumber(json, "memoryClockMhz", gpu.memoryClockMhz());
    addNumber(json, "memoryUsedMib", gpu.memoryUsedMib());
    addNumber(json, "memoryTotalMib", gpu.memoryTotalMib());
    addNumber(json, "utilizationPercent", gpu.utilizationPercent());
    if (!gpu.programs().isEmpty()) {
      json.add("programs", CachedJsonProvider.INSTANCE.createArrayBuilder(gpu.programs()));
    }
    return json;
  }

  private static JsonObjectBuilder boardJson(Board board) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE.createObjectBuilder().add("index", board.index());
    addNumber(json, "hashrateHs", board.hashrateHs());
    addNumber(json, "boardTempC", board.boardTempC());
    addNumber(json, "chipTempC", board.chipTempC());
    addNumber(json, "chips", board.chips());
    addNumber(json, "expectedChips", board.expectedChips());
    addText(json, "busId", board.busId());
    return json;
  }

  private static JsonObjectBuilder poolJson(Pool pool) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE.createObjectBuilder().add("url", pool.url());
    addText(json, "user", pool.user());
    addText(json, "status", pool.status());
    json.add("active", pool.active());
    addNumber(json, "accepted", pool.accepted());
    addNumber(json, "rejected", pool.rejected());
    addNumber(json, "stale", pool.stale());
    return json;
  }

  private static void addText(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static void addNumber(JsonObjectBuilder json, String name, Number value) {
    if (value instanceof Double d) {
      json.add(name, d);
    } else if (value instanceof Long l) {
      json.add(name, l);
    } else if (value instanceof Integer i) {
      json.add(name, i);
    }
  }
}
