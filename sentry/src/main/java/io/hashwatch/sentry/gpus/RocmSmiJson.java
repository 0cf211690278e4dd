package io.hashwatch.sentry.gpus;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names in {@code rocm-smi --showproductname --showbus --showid --json}: {@code {"card0": {"PCI
 * Bus": "0000:07:00.0", "Card series": ..., "Card SKU": ..., "Device ID": "0x73df"}}}, every value
 * a string. Key names move between ROCm versions ({@code GPU ID} in 4.3, {@code Device ID} in 6.x;
 * ROCm 4.3 puts the vendor id {@code 0x1002} in {@code Card series}), and their case changes, so
 * keys are matched without case.
 */
final class RocmSmiJson {

  /** A card rocm-smi lists, by bus id, with the best name it gives. */
  record RocmCard(String busId, String model) {}

  private RocmSmiJson() {}

  static List<RocmCard> parse(String text) throws MalformedReplyException {
    // rocm-smi may print warnings before the document.
    int start = text.indexOf('{');
    if (start < 0) {
      throw new MalformedReplyException("rocm-smi wrote no JSON");
    }
    JsonObject root;
    try (JsonReader reader =
        CachedJsonProvider.INSTANCE.createReader(new StringReader(text.substring(start)))) {
      root = reader.readObject();
    } catch (JsonException e) {
      throw new MalformedReplyException("rocm-smi wrote no readable JSON: " + e.getMessage());
    }
    List<RocmCard> cards = new ArrayList<>();
    for (Map.Entry<String, JsonValue> entry : root.entrySet()) {
      if (entry.getKey().startsWith("card") && entry.getValue() instanceof JsonObject card) {
        Map<String, String> fields = fields(card);
        String busId = PciBus.normalize(fields.get("pci bus"));
        String model = model(fields);
        if (busId != null && model != null) {
          cards.add(new RocmCard(busId, model));
        }
      }
    }
    return cards;
  }

  /** {@code Card series} unless it is a bare id, else {@code Card SKU}, else the device id. */
  private static String model(Map<String, String> fields) {
    String series = FigureText.text(fields.get("card series"));
    if (series != null && !series.startsWith("0x")) {
      return series;
    }
    String sku = FigureText.text(fields.get("card sku"));
    if (sku != null) {
      return sku;
    }
    String id = FigureText.text(fields.getOrDefault("device id", fields.get("gpu id")));
    return id == null ? null : "AMD GPU " + id;
  }

  private static Map<String, String> fields(JsonObject card) {
    Map<String, String> fields = new HashMap<>();
    for (Map.Entry<String, JsonValue> field : card.entrySet()) {
      if (field.getValue() instanceof JsonString value) {
        fields.put(field.getKey().strip().toLowerCase(Locale.ROOT), value.getString());
      }
    }
    return fields;
  }
}
