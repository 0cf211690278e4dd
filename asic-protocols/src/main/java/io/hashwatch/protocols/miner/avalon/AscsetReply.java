package io.hashwatch.protocols.miner.avalon;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.cgminer.CgminerRows;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The STATUS of the reply to a command, in either of cgminer's forms: text ({@code
 * STATUS=S,When=18984,Code=119,Msg=ASC 0 set OK,Description=cgminer 4.11.1|}, the answer to a text
 * request such as {@code ascset|0,led,1-1}) or JSON. Canaan's firmware answers {@code ascset} with
 * S 119 "ASC 0 set OK", with I 118 "ASC 0 set info: success softoff:..." when it did something and
 * has more to say (the same code also carries the {@code help} text), or with E on failure; the
 * {@code restart} command answers {@code {"STATUS":"RESTART"}}.
 *
 * @param letter S, I, W, E, F, or the bare word of a STATUS that is not a list (RESTART)
 * @param code the message code, or -1
 * @param message the {@code Msg}, or empty
 */
record AscsetReply(String letter, int code, String message) {

  static AscsetReply parse(String raw) throws MalformedReplyException {
    String text = raw.replace("\u0000", "").strip();
    if (text.isEmpty()) {
      throw new MalformedReplyException("the miner closed the connection without a reply");
    }
    if (text.startsWith("{")) {
      return fromJson(CgminerClient.parse(text));
    }
    Map<String, String> fields = textFields(text);
    if (!fields.containsKey("STATUS")) {
      throw new MalformedReplyException("the reply has no STATUS: " + text);
    }
    Double code = LenientFields.parse(fields.get("Code"));
    return new AscsetReply(
        fields.get("STATUS"), code == null ? -1 : code.intValue(), fields.getOrDefault("Msg", ""));
  }

  /** What the reply means for the action called {@code what}. */
  ActionResult result(String what) {
    return switch (letter) {
      case "S", "RESTART" -> new ActionResult.Done(message.isEmpty() ? letter : message);
      case "I" ->
          message.toLowerCase(Locale.ROOT).contains("success")
              ? new ActionResult.Done(message)
              : new ActionResult.Failed(what + ": the miner answered " + message);
      default ->
          new ActionResult.Failed(
              what + ": the miner answered " + letter + " " + code + " " + message);
    };
  }

  private static AscsetReply fromJson(JsonObject reply) throws MalformedReplyException {
    if (reply.get("STATUS") instanceof JsonString word) {
      return new AscsetReply(word.getString(), -1, "");
    }
    JsonObject status = CgminerRows.objects(reply, "STATUS").stream().findFirst().orElse(null);
    if (status == null) {
      throw new MalformedReplyException("the reply has no STATUS: " + reply);
    }
    Long code = LenientFields.whole(status, "Code");
    String message = LenientFields.text(status, "Msg");
    return new AscsetReply(
        String.valueOf(LenientFields.text(status, "STATUS")),
        code == null ? -1 : code.intValue(),
        message == null ? "" : message);
  }

  /** The {@code name=value} fields of the first section; {@code \} escapes a separator. */
  private static Map<String, String> textFields(String text) {
    Map<String, String> fields = new HashMap<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '|';
      if (c == '\\' && i + 1 < text.length()) {
        field.append(text.charAt(++i));
      } else if (c == ',' || c == '|') {
        int equals = field.indexOf("=");
        if (equals > 0) {
          fields.putIfAbsent(field.substring(0, equals), field.substring(equals + 1));
        }
        field.setLength(0);
        if (c == '|') {
          break;
        }
      } else {
        field.append(c);
      }
    }
    return fields;
  }
}
