package io.hashwatch.commander.web.overview;

import io.hashwatch.commander.fleet.DeviceStatus;
import io.hashwatch.commander.fleet.DeviceSummary;
import io.hashwatch.commander.fleet.DeviceTable;
import io.hashwatch.commander.overview.FarmFigures;
import io.hashwatch.commander.overview.FarmOverview;
import io.hashwatch.commander.overview.SiteCounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The farm overview (app/overview.xhtml). Request-scoped: each render, and each refresh the live
 * updates trigger, reads the figures afresh, each query at most once per request.
 */
@Named("overview")
@RequestScoped
public class OverviewPage {
  static final int WORST = 20;
  private static final Duration CHART_SPAN = Duration.ofHours(24);

  @Inject FarmOverview farm;
  @Inject DeviceTable devices;

  private FarmFigures figures;
  private List<SiteCounts> counts;
  private List<DeviceSummary> worst;
  private String chart;

  public FarmFigures getFigures() {
    if (figures == null) {
      figures = farm.figures();
    }
    return figures;
  }

  /** The whole farm's counts. */
  public SiteCounts getFarm() {
    return counts().get(0);
  }

  /** Each site's counts, by name; the devices of sentries without a site under "". */
  public List<SiteCounts> getSites() {
    return counts().subList(1, counts().size());
  }

  public long count(String status) {
    return getFarm().count(DeviceStatus.fromWire(status));
  }

  public List<DeviceSummary> getWorst() {
    if (worst == null) {
      worst = devices.worst(WORST);
    }
    return worst;
  }

  /** The Chart.js configuration of the 24-hour chart. */
  public String getChart() {
    if (chart == null) {
      chart = FarmChart.json(farm.series(CHART_SPAN));
    }
    return chart;
  }

  /** An algorithm as an element id: {@code SHA256} gives {@code sha256}, none {@code unknown}. */
  public String key(String algorithm) {
    String key = algorithm.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return key.isEmpty() || key.equals("-") ? "unknown" : key;
  }

  private List<SiteCounts> counts() {
    if (counts == null) {
      counts = farm.counts();
    }
    return counts;
  }
}
