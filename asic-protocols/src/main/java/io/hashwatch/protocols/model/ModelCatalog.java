package io.hashwatch.protocols.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The known models, read from one CSV file per maker beside this class ({@code bitmain.csv}, {@code
 * microbt.csv}, {@code canaan.csv}): {@code make,model,algorithm,boards,chipsPerBoard,
 * fans,nominalHashrateHs}, {@code #} starts a comment, an empty hashrate cell means the maker gives
 * no single figure. Lookups ignore case, spaces and the make's own name in the model ("Antminer S19
 * Pro" finds "S19 Pro"). A Whatsminer's hash-board version is part of its model ("WhatsMiner
 * M30S++_VH40" finds "M30S++ VH40"): the chips per board differ by version.
 */
public final class ModelCatalog {
  static final List<String> FILES = List.of("bitmain.csv", "microbt.csv", "canaan.csv");
  private static final Pattern HYD = Pattern.compile("\\bhyd\\.?(?=\\s|$)");
  private static final ModelCatalog STANDARD = load();

  private final Map<String, ModelSpec> byKey;

  ModelCatalog(List<ModelSpec> models) {
    byKey = new HashMap<>();
    models.forEach(model -> byKey.put(key(model.make(), model.model()), model));
  }

  public static ModelCatalog standard() {
    return STANDARD;
  }

  public Optional<ModelSpec> find(String make, String model) {
    if (make == null || model == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(key(make, model)));
  }

  public int size() {
    return byKey.size();
  }

  static String key(String make, String model) {
    String normalized = model.toLowerCase(Locale.ROOT);
    for (String prefix :
        List.of(
            "antminer", "whatsminer", "avalonminer", "avalon", "bitmain", "microbt", "canaan")) {
      if (normalized.startsWith(prefix)) {
        normalized = normalized.substring(prefix.length());
      }
    }
    // Bitmain's hydro models call themselves "Antminer S19 Pro+ Hyd."
    normalized = HYD.matcher(normalized).replaceAll("hydro");
    return make.toLowerCase(Locale.ROOT).strip()
        + "/"
        + normalized.replaceAll("[\\s_-]+", "").replace("+", "plus");
  }

  private static ModelCatalog load() {
    List<ModelSpec> models = new ArrayList<>();
    for (String file : FILES) {
      try (InputStream in = ModelCatalog.class.getResourceAsStream(file)) {
        if (in == null) {
          continue;
        }
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
          number++;
          String content = line.strip();
          if (content.isEmpty() || content.startsWith("#")) {
            continue;
          }
          models.add(parse(content, file, number));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the model data " + file, e);
      }
    }
    return new ModelCatalog(models);
  }

  private static ModelSpec parse(String line, String file, int number) {
    // -1 keeps a trailing empty cell: a row without a nominal hashrate still has seven columns.
    String[] cells = line.split(",", -1);
    if (cells.length != 7) {
      throw new IllegalStateException(
          file + ":" + number + ": expected 7 columns, found " + cells.length);
    }
    try {
      String nominal = cells[6].strip();
      return new ModelSpec(
          cells[0].strip(),
          cells[1].strip(),
          cells[2].strip(),
          Integer.parseInt(cells[3].strip()),
          Integer.parseInt(cells[4].strip()),
          Integer.parseInt(cells[5].strip()),
          nominal.isEmpty() ? null : Double.valueOf(nominal));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(file + ":" + number + ": " + e.getMessage(), e);
    }
  }
}
