package io.hashwatch.protocols.testing;

import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonObject;

/** Replies a cgminer-family miner would give, made the way api.c makes them. */
public final class CgminerReplies {

  private CgminerReplies() {}

  /** An error reply: STATUS only, as api.c sends for a refused command. */
  public static JsonObject error(int code, String message) {
    return error(code, message, "cgminer 4.11.1");
  }

  /** An error reply of the program {@code description} names ({@code BOSminer+ 0.2.0}). */
  public static JsonObject error(int code, String message, String description) {
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
                        .add("Description", description)))
        .add("id", 1)
        .build();
  }

  /** {@code reply} with an empty {@code section} list, as a miner still starting sends it. */
  public static JsonObject emptied(JsonObject reply, String section) {
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder(reply)
        .add(section, CachedJsonProvider.INSTANCE.createArrayBuilder())
        .build();
  }

  /**
   * The text form api.c writes for a text request: {@code STATUS=<letter>,When=..,Code=..,Msg=..,
   * Description=..|}, with the separators inside values escaped by a backslash.
   */
  public static String text(String letter, long when, int code, String message) {
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
