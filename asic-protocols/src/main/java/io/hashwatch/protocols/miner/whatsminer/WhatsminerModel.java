package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.model.ModelSpec;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Whatsminer model as the firmware names it: {@code M30S++_VH40} (devdetails {@code Model}, API
 * v3 {@code miner.type}) is the family {@code M30S++} and the variant {@code VH40}, whose letters
 * and tens name the chip bin and board layout (chips per board differ between variants of one
 * family); the last digit is a revision that pyasic and asic-rs read as 0.
 *
 * @param family such as {@code M30S++}
 * @param variant such as {@code VH40}, or null when the name carries none
 */
record WhatsminerModel(String family, String variant) {
  private static final Pattern NAME = Pattern.compile("(M\\d+[A-Z]*?\\+{0,2})_?(V[A-Z]{0,2}\\d+)");

  /** Reads a model name; null for a blank name. */
  static WhatsminerModel parse(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String upper = name.strip().toUpperCase(Locale.ROOT);
    Matcher matcher = NAME.matcher(upper);
    if (matcher.matches()) {
      return new WhatsminerModel(matcher.group(1), matcher.group(2));
    }
    return new WhatsminerModel(upper, null);
  }

  /** The model for a reading: {@code WhatsMiner M30S++ VH40}. */
  String displayName() {
    return "WhatsMiner " + family + (variant == null ? "" : " " + variant);
  }

  /**
   * The catalog's figures: the variant's ({@code M30S++ VH40}), else the variant at revision 0
   * ({@code VH41} as {@code VH40}), else the family's ({@code M30S++}).
   */
  Optional<ModelSpec> spec(ModelLookup models) {
    if (variant != null) {
      Optional<ModelSpec> exact = models.find(WhatsminerDriver.MAKE, family + " " + variant);
      if (exact.isPresent()) {
        return exact;
      }
      String revisionZero = variant.substring(0, variant.length() - 1) + "0";
      Optional<ModelSpec> base = models.find(WhatsminerDriver.MAKE, family + " " + revisionZero);
      if (base.isPresent()) {
        return base;
      }
    }
    return models.find(WhatsminerDriver.MAKE, family);
  }
}
