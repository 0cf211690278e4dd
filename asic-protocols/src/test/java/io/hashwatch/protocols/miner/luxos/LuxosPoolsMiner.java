package io.hashwatch.protocols.miner.luxos;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A LuxOS miner whose pools change: {@code pools} lists them in rows shaped like the recorded reply
 * (its first row as the template), {@code addpool url,user,password[,group]} appends one, {@code
 * switchpool n} makes pool n the active one, {@code removepool n} removes it and numbers the pools
 * behind it down by one, as cgminer's api.c does, and refuses the active pool. Sessions are {@link
 * LuxosMiner}'s. Per Luxor's api.json the pool commands take no session id. The success codes and
 * messages are cgminer's (api.c MSG_ADDPOOL 55, MSG_SWITCHP 27, MSG_REMPOOL 68, MSG_ACTPOOL 67);
 * LuxOS's own were not captured.
 */
final class LuxosPoolsMiner implements Function<String, String> {
  private static final JsonObject TEMPLATE =
      Fixtures.json("luxos/pools.json").getJsonArray("POOLS").getJsonObject(0);

  record Pool(String url, String user, long group, boolean active) {}

  private final LuxosMiner sessions = new LuxosMiner();
  private final List<Pool> pools = new ArrayList<>();
  private final Set<String> refused = new HashSet<>();
  private final List<String> groupsAsked = new ArrayList<>();
  private final Set<String> dead = new HashSet<>();

  LuxosPoolsMiner with(String url, String user, long group) {
    pools.add(new Pool(url, user, group, pools.isEmpty()));
    return this;
  }

  /** Makes the miner refuse {@code command} as cgminer refuses a caller without access. */
  LuxosPoolsMiner refusing(String command) {
    refused.add(command);
    return this;
  }

  /** Makes the pools at {@code url} report Dead, as one the miner cannot reach. */
  LuxosPoolsMiner unreachable(String url) {
    dead.add(url);
    return this;
  }

  LuxosPoolsMiner withOpenSession(String id) {
    sessions.withOpenSession(id);
    return this;
  }

  synchronized List<Pool> pools() {
    return List.copyOf(pools);
  }

  /** The group parameter of each addpool, "" when none was given. */
  synchronized List<String> groupsAsked() {
    return List.copyOf(groupsAsked);
  }

  String session() {
    return sessions.session();
  }

  @Override
  public synchronized String apply(String request) {
    JsonObject json;
    try (var reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(request))) {
      json = reader.readObject();
    }
    String command = json.getString("command");
    String[] parameters = json.getString("parameter", "").split(",", -1);
    if (refused.contains(command)) {
      return status("E", 45, "Access denied to '" + command + "' command");
    }
    return switch (command) {
      case "pools" -> poolsReply();
      case "addpool" -> {
        groupsAsked.add(parameters.length > 3 ? parameters[3] : "");
        long group = parameters.length > 3 ? Long.parseLong(parameters[3]) : 0;
        pools.add(new Pool(parameters[0], parameters[1], group, false));
        yield status("S", 55, "Added pool " + (pools.size() - 1) + ": '" + parameters[0] + "'");
      }
      case "switchpool" -> {
        int n = Integer.parseInt(parameters[0]);
        for (int i = 0; i < pools.size(); i++) {
          Pool pool = pools.get(i);
          pools.set(i, new Pool(pool.url(), pool.user(), pool.group(), i == n));
        }
        yield status("S", 27, "Switching to pool " + n + ":'" + pools.get(n).url() + "'");
      }
      case "removepool" -> {
        int n = Integer.parseInt(parameters[0]);
        if (pools.get(n).active()) {
          yield status("E", 67, "Cannot remove active pool " + n + ":'" + pools.get(n).url() + "'");
        }
        Pool gone = pools.remove(n);
        yield status("S", 68, "Removed pool " + n + ":'" + gone.url() + "'");
      }
      default -> sessions.apply(request);
    };
  }

  private String poolsReply() {
    JsonArrayBuilder rows = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (int i = 0; i < pools.size(); i++) {
      Pool pool = pools.get(i);
      rows.add(
          CachedJsonProvider.INSTANCE
              .createObjectBuilder(TEMPLATE)
              .add("POOL", i)
              .add("Priority", i)
              .add("URL", pool.url())
              .add("Stratum URL", pool.url().replace("stratum+tcp://", ""))
              .add("User", pool.user())
              .add("GROUP", pool.group())
              .add("Status", dead.contains(pool.url()) ? "Dead" : "Alive")
              .add("Stratum Active", pool.active()));
    }
    return "{\"POOLS\":"
        + rows.build()
        + ",\"STATUS\":["
        + statusObject("S", 7, pools.size() + " Pool(s)")
        + "],\"id\":1}";
  }

  private static String status(String letter, int code, String message) {
    return "{\"STATUS\":[" + statusObject(letter, code, message) + "],\"id\":1}";
  }

  private static String statusObject(String letter, int code, String message) {
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("Code", code)
        .add("Description", "LUXminer 2025.4.8.220305-57b389c7")
        .add("Msg", message)
        .add("STATUS", letter)
        .add("When", 1760242394)
        .build()
        .toString();
  }
}
