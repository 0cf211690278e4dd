package io.hashwatch.protocols.miner.avalon;

import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonObject;

/** Replies a cgminer-family miner would give, made the way api.c makes them. */
final class CgminerReplies {

  private CgminerReplies() {}

  /** An error reply: STATUS only, as api.c sends for a refused command. */
  static JsonObject error(int code, String message) {
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add(
            "STATUS",
            CachedJsonProvider.INSTANCE
                .createArrayBuilder()
                .add(
                    CachedJsonProvider.INSTANCE
                        .createObjectBuilder()
                        .add("STATUS", "E")
                        .add("When", 1)
                        .add("Code", code)
                        .add("Msg", message)
                        .add("Description", "cgminer 4.11.1")))
        .add("id", 1)
        .build();
  }

  /** A stats reply of one module whose MM string is {@code mm}. */
  static JsonObject stats(String mm) {
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add(
            "STATS",
            CachedJsonProvider.INSTANCE
                .createArrayBuilder()
                .add(
                    CachedJsonProvider.INSTANCE
                        .createObjectBuilder()
                        .add("STATS", 0)
                        .add("ID", "AVA100")
                        .add("MM ID0", mm)))
        .add("id", 1)
        .build();
  }

  /**
   * The text form api.c writes for a text request: {@code STATUS=<letter>,When=..,Code=..,Msg=..,
   * Description=..|}, with the separators inside values escaped by a backslash.
   */
  static String text(String letter, long when, int code, String message) {
    return "STATUS="
        + letter
        + ",When="
        + when
        + ",Code="
        + code
        + ",Msg="
        + message.replace("\\", "\\\\").replace(",", "\\,").replace("|", "\\|").replace("=", "\\=")
        + ",Description=cgminer 4.11.1|";
  }
}
