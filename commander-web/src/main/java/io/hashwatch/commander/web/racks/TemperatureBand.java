package io.hashwatch.commander.web.racks;

import java.util.Locale;

/**
 * The temperature bands a rack cell is coloured by (hottest chip or board, °C). The control room's
 * page script holds the same bounds for live updates.
 */
public enum TemperatureBand {
  /** No temperature known. */
  NONE,
  /** Below 60 °C. */
  COOL,
  /** 60 to 75 °C. */
  WARM,
  /** 75 to 85 °C. */
  HOT,
  /** 85 °C and above: most ASICs throttle or shut down soon. */
  CRITICAL;

  public static TemperatureBand of(Double celsius) {
    if (celsius == null || !Double.isFinite(celsius)) {
      return NONE;
    }
    if (celsius < 60) {
      return COOL;
    }
    if (celsius < 75) {
      return WARM;
    }
    return celsius < 85 ? HOT : CRITICAL;
  }

  /** The CSS class of a cell in this band. */
  public String cssClass() {
    return "hw-temp-" + name().toLowerCase(Locale.ROOT);
  }
}
