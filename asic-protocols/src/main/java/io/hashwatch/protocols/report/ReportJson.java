package io.hashwatch.protocols.report;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.reading.ReadingJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/** The JSON forms of {@link Report} and {@link ReportAnswer} (docs/API.md). */
public final class ReportJson {

  private ReportJson() {}

  public static JsonObject toJson(Report report) {
    JsonArrayBuilder entries = CachedJsonProvider.INSTANCE.createArrayBuilder();
    report.entries().forEach(entry -> entries.add(toJson(entry)));
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("entries", entries)
            .add("dropped", report.dropped());
    if (report.health() != null) {
      json.add("health", toJson(report.health()));
    }
    if (!report.commandResults().isEmpty()) {
      JsonArrayBuilder results = CachedJsonProvider.INSTANCE.createArrayBuilder();
      report.commandResults().forEach(result -> results.add(toJson(result)));
      json.add("commandResults", results);
    }
    return json.build();
  }

  /** The JSON form of one entry, as a batch carries it (the sentry's outbox stores this form). */
  public static JsonObject toJson(ReportEntry entry) {
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("seq", entry.seq())
        .add("time", entry.time().toString())
        .add("address", entry.address())
        .add("kind", entry.kind().wire())
        .add("reading", ReadingJson.toJson(entry.result()))
        .build();
  }

  /** The JSON form of a sentry's health, as a batch carries it. */
  public static JsonObject toJson(SentryHealth health) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE.createObjectBuilder().add("time", health.time().toString());
    if (health.sweepMillis() != null) {
      json.add("sweepMs", health.sweepMillis());
    }
    return json.add("devicesOk", health.devicesOk())
        .add("devicesFailed", health.devicesFailed())
        .add("backlog", health.backlog())
        .add("version", health.version())
        .build();
  }

  private static JsonObject toJson(CommandResult result) {
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("id", result.id())
        .add("status", result.status().wire())
        .add("time", result.time().toString())
        .add("detail", result.detail())
        .build();
  }

  /**
   * Reads and validates a whole batch.
   *
   * @throws InvalidFieldException naming the first bad field, such as {@code entries[2].seq}
   */
  public static Report parse(JsonValue json) {
    FieldReader report = FieldReader.root(json);
    if (!report.has("entries")) {
      throw new InvalidFieldException("entries", "is required");
    }
    List<ReportEntry> entries =
        report.optionalList("entries", Report.MAX_ENTRIES, item -> entry(item.object()));
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).seq() <= entries.get(i - 1).seq()) {
        throw new InvalidFieldException(
            "entries[" + i + "].seq", "must be greater than the seq of the entry before it");
      }
    }
    Long dropped = report.optionalLong("dropped");
    if (dropped != null && dropped < 0) {
      throw new InvalidFieldException("dropped", "must be >= 0");
    }
    SentryHealth health = report.has("health") ? health(report.requiredObject("health")) : null;
    List<CommandResult> results =
        report.optionalList(
            "commandResults", Report.MAX_COMMAND_RESULTS, item -> commandResult(item.object()));
    return new Report(entries, dropped == null ? 0 : dropped, health, results);
  }

  private static SentryHealth health(FieldReader json) {
    Long sweepMillis = json.optionalLong("sweepMs");
    if (sweepMillis != null && sweepMillis < 0) {
      throw new InvalidFieldException(json.pathOf("sweepMs"), "must be >= 0");
    }
    return new SentryHealth(
        json.requiredInstant("time"),
        sweepMillis,
        count(json, "devicesOk"),
        count(json, "devicesFailed"),
        count(json, "backlog"),
        json.optionalString("version", SentryHealth.MAX_VERSION));
  }

  private static int count(FieldReader json, String name) {
    Integer value = json.optionalInt(name);
    if (value == null) {
      return 0;
    }
    if (value < 0) {
      throw new InvalidFieldException(json.pathOf(name), "must be >= 0");
    }
    return value;
  }

  private static CommandResult commandResult(FieldReader json) {
    long id = json.requiredLong("id");
    if (id <= 0) {
      throw new InvalidFieldException(json.pathOf("id"), "must be > 0");
    }
    CommandResult.Status status = CommandResult.Status.fromWire(json.requiredString("status", 16));
    if (status == null) {
      throw new InvalidFieldException(
          json.pathOf("status"), "must be succeeded, failed or unsupported");
    }
    return new CommandResult(
        id,
        status,
        json.requiredInstant("time"),
        json.optionalString("detail", CommandResult.MAX_DETAIL));
  }

  /**
   * Reads one entry, as a batch carries it.
   *
   * @throws InvalidFieldException naming the first bad field
   */
  public static ReportEntry entry(FieldReader json) {
    long seq = json.requiredLong("seq");
    if (seq <= 0) {
      throw new InvalidFieldException(json.pathOf("seq"), "must be > 0");
    }
    String kindName = json.requiredString("kind", 16);
    DeviceKind kind = DeviceKind.fromWire(kindName);
    if (kind == null) {
      throw new InvalidFieldException(json.pathOf("kind"), "must be asic, rig, gpu or relay");
    }
    return new ReportEntry(
        seq,
        json.requiredInstant("time"),
        json.requiredString("address", ReportEntry.MAX_ADDRESS),
        kind,
        ReadingJson.fromJson(json.requiredObject("reading")));
  }

  public static JsonObject toJson(ReportAnswer answer) {
    JsonArrayBuilder commands = CachedJsonProvider.INSTANCE.createArrayBuilder();
    answer.commands().forEach(command -> commands.add(toJson(command)));
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("lastSequence", answer.lastSequence())
        .add("commands", commands)
        .build();
  }

  /** The JSON form of one command, as the answer to a batch carries it. */
  public static JsonObject toJson(SentryCommand command) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("id", command.id())
            .add("address", command.address())
            .add("action", command.action().wire());
    if (!command.pools().isEmpty()) {
      JsonArrayBuilder pools = CachedJsonProvider.INSTANCE.createArrayBuilder();
      for (MinerAction.PoolSetting pool : command.pools()) {
        pools.add(
            CachedJsonProvider.INSTANCE
                .createObjectBuilder()
                .add("url", pool.url())
                .add("user", pool.user())
                .add("password", pool.password()));
      }
      json.add("pools", pools);
    }
    return json.build();
  }

  /**
   * Reads one command, as the answer to a batch or {@code POST /api/v1/commands} carries it.
   *
   * @throws InvalidFieldException naming the first bad field
   */
  public static SentryCommand command(FieldReader json) {
    long id = json.requiredLong("id");
    if (id <= 0) {
      throw new InvalidFieldException(json.pathOf("id"), "must be > 0");
    }
    CommandAction action = action(json);
    return new SentryCommand(
        id, json.requiredString("address", ReportEntry.MAX_ADDRESS), action, pools(json, action));
  }

  /** Reads the {@code action} field of a command. */
  public static CommandAction action(FieldReader json) {
    CommandAction action = CommandAction.fromWire(json.requiredString("action", 32));
    if (action == null) {
      throw new InvalidFieldException(
          json.pathOf("action"),
          "must be restart, reboot, sleep, wake, set-pools, power-off, power-on or power-cycle");
    }
    return action;
  }

  /** Reads the {@code pools} field of a command: 1 to 3 pools for set-pools, none otherwise. */
  public static List<MinerAction.PoolSetting> pools(FieldReader json, CommandAction action) {
    List<MinerAction.PoolSetting> pools =
        json.optionalList(
            "pools",
            SentryCommand.MAX_POOLS,
            item -> {
              FieldReader pool = item.object();
              return new MinerAction.PoolSetting(
                  pool.requiredString("url", 512),
                  pool.optionalString("user", 256),
                  pool.optionalString("password", 256));
            });
    if (action == CommandAction.SET_POOLS && pools.isEmpty()) {
      throw new InvalidFieldException(json.pathOf("pools"), "set-pools needs 1 to 3 pools");
    }
    if (action != CommandAction.SET_POOLS && !pools.isEmpty()) {
      throw new InvalidFieldException(json.pathOf("pools"), "only set-pools takes pools");
    }
    return pools;
  }

  public static ReportAnswer parseAnswer(JsonValue json) {
    FieldReader answer = FieldReader.root(json);
    return new ReportAnswer(
        answer.requiredLong("lastSequence"),
        answer.optionalList("commands", ReportAnswer.MAX_COMMANDS, item -> command(item.object())));
  }
}
