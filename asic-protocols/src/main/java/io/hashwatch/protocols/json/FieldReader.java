package io.hashwatch.protocols.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads typed fields of one JSON object and reports any problem with the field's full path. An
 * absent field and a JSON {@code null} both read as {@code null} for optional fields.
 */
public final class FieldReader {
  private final JsonObject object;
  private final String path;

  public FieldReader(JsonObject object, String path) {
    this.object = object;
    this.path = path;
  }

  public static FieldReader root(JsonValue value) {
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidFieldException("$", "must be a JSON object");
    }
    return new FieldReader(value.asJsonObject(), "");
  }

  /** The object this reader reads. */
  public JsonObject json() {
    return object;
  }

  public String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  public boolean has(String name) {
    JsonValue value = object.get(name);
    return value != null && value.getValueType() != JsonValue.ValueType.NULL;
  }

  public String optionalString(String name, int maxLength) {
    JsonValue value = present(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonString text)) {
      throw new InvalidFieldException(pathOf(name), "must be a string");
    }
    if (text.getString().length() > maxLength) {
      throw new InvalidFieldException(pathOf(name), "is longer than " + maxLength + " characters");
    }
    return text.getString();
  }

  public String requiredString(String name, int maxLength) {
    String value = optionalString(name, maxLength);
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException(pathOf(name), "is required");
    }
    return value;
  }

  public Double optionalDouble(String name) {
    JsonNumber number = number(name);
    return number == null ? null : number.doubleValue();
  }

  public Long optionalLong(String name) {
    JsonNumber number = number(name);
    if (number == null) {
      return null;
    }
    if (!number.isIntegral()) {
      throw new InvalidFieldException(pathOf(name), "must be a whole number");
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidFieldException(pathOf(name), "is out of range");
    }
  }

  public long requiredLong(String name) {
    Long value = optionalLong(name);
    if (value == null) {
      throw new InvalidFieldException(pathOf(name), "is required");
    }
    return value;
  }

  public Integer optionalInt(String name) {
    Long value = optionalLong(name);
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new InvalidFieldException(pathOf(name), "is out of range");
    }
    return value.intValue();
  }

  public boolean optionalBoolean(String name, boolean fallback) {
    JsonValue value = present(name);
    if (value == null) {
      return fallback;
    }
    return switch (value.getValueType()) {
      case TRUE -> true;
      case FALSE -> false;
      default -> throw new InvalidFieldException(pathOf(name), "must be true or false");
    };
  }

  public Instant requiredInstant(String name) {
    String text = requiredString(name, 64);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(
          pathOf(name), "must be an ISO-8601 UTC time such as 2026-01-31T12:00:00Z");
    }
  }

  public FieldReader requiredObject(String name) {
    JsonValue value = present(name);
    if (value == null) {
      throw new InvalidFieldException(pathOf(name), "is required");
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidFieldException(pathOf(name), "must be a JSON object");
    }
    return new FieldReader(value.asJsonObject(), pathOf(name));
  }

  /** The object under {@code name}, or {@code null} when it is absent or null. */
  public FieldReader optionalObject(String name) {
    return present(name) == null ? null : requiredObject(name);
  }

  /** Reads an optional array, each element converted by {@code element} given its own path. */
  public <T> List<T> optionalList(String name, int maxItems, Function<Item, T> element) {
    JsonValue value = present(name);
    if (value == null) {
      return List.of();
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new InvalidFieldException(pathOf(name), "must be a JSON array");
    }
    JsonArray array = value.asJsonArray();
    if (array.size() > maxItems) {
      throw new InvalidFieldException(
          pathOf(name), "holds " + array.size() + " items, at most " + maxItems);
    }
    List<T> items = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      items.add(element.apply(new Item(array.get(i), pathOf(name) + "[" + i + "]")));
    }
    return items;
  }

  private JsonNumber number(String name) {
    JsonValue value = present(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonNumber number)) {
      throw new InvalidFieldException(pathOf(name), "must be a number");
    }
    return number;
  }

  private JsonValue present(String name) {
    JsonValue value = object.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
  }

  /** One element of an array with its path, such as {@code entries[3]}. */
  public record Item(JsonValue value, String path) {

    public FieldReader object() {
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidFieldException(path, "must be a JSON object");
      }
      return new FieldReader(value.asJsonObject(), path);
    }

    public String string(int maxLength) {
      if (!(value instanceof JsonString text) || text.getString().length() > maxLength) {
        throw new InvalidFieldException(
            path, "must be a string of at most " + maxLength + " characters");
      }
      return text.getString();
    }

    public int nonNegativeInt() {
      if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
        throw new InvalidFieldException(path, "must be a whole number");
      }
      long n = number.longValue();
      if (n < 0 || n > Integer.MAX_VALUE) {
        throw new InvalidFieldException(path, "must be between 0 and " + Integer.MAX_VALUE);
      }
      return (int) n;
    }

    /** A finite number. */
    public double number() {
      if (!(value instanceof JsonNumber number) || !Double.isFinite(number.doubleValue())) {
        throw new InvalidFieldException(path, "must be a number");
      }
      return number.doubleValue();
    }
  }
}
