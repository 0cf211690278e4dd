package io.hashwatch.commander.web.device;

import io.hashwatch.commander.actions.CommandStore;
import io.hashwatch.commander.fleet.DeviceDirectory;
import io.hashwatch.commander.telemetry.ChartPoint;
import io.hashwatch.commander.telemetry.ChartStep;
import io.hashwatch.commander.telemetry.ReadingHistory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The device page: loads the device named by {@code ?id=} and what its page shows. Only the id and
 * the chosen chart range are kept with the view; what was loaded is rebuilt when needed.
 */
@Named("devicePage")
@ViewScoped
public class DevicePage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int EVENTS = 20;
  static final int MAX_CHART_POINTS = 10_000;

  @Inject DeviceDirectory directory;
  @Inject ReadingHistory history;
  @Inject CommandStore commands;

  private String id;
  private Long deviceId;
  private ChartRange range = ChartRange.DAY;
  private transient DeviceDetails details;
  private transient String chart;
  private transient int chartPoints;
  private transient List<DeviceEvent> events;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** The view action: finds the device; an id that names none leaves the page saying so. */
  public void load() {
    deviceId = null;
    details = null;
    try {
      long wanted = Long.parseLong(id == null ? "" : id.strip());
      directory
          .find(wanted)
          .ifPresent(
              device -> {
                deviceId = device.id();
                details = DeviceDetails.of(device);
              });
    } catch (NumberFormatException e) {
      // no such device: the page says so
    }
  }

  public boolean isFound() {
    return deviceId != null;
  }

  public long getDeviceId() {
    return deviceId;
  }

  public DeviceDetails getDetails() {
    if (details == null && deviceId != null) {
      directory.find(deviceId).ifPresent(device -> details = DeviceDetails.of(device));
    }
    return details;
  }

  public String getRange() {
    return range.wire();
  }

  /** Shows the chart over the range named {@code name} (1h, 24h, 7d, 30d). */
  public void show(String name) {
    range = ChartRange.named(name);
    chart = null;
  }

  /** The Chart.js configuration of the chosen range, up to now. */
  public String getChart() {
    if (chart == null && deviceId != null) {
      OffsetDateTime to = OffsetDateTime.now(ZoneOffset.UTC);
      ChartStep step = ChartStep.auto(range.span());
      List<ChartPoint> points =
          history.chart(deviceId, to.minus(range.span()), to, step, MAX_CHART_POINTS);
      chartPoints = points.size();
      chart = DeviceChart.of(points, step, range);
    }
    return chart;
  }

  /** Whether the chosen range has no points at all (after {@link #getChart()}). */
  public boolean isChartEmpty() {
    getChart();
    return chartPoints == 0;
  }

  /** The device's latest commands and failed polls, newest first. */
  public List<DeviceEvent> getEvents() {
    if (events == null && deviceId != null) {
      events =
          DeviceEvent.merge(
              commands.list(deviceId, null, EVENTS), history.failures(deviceId, EVENTS));
    }
    return events;
  }

  /** Reads the events again when next shown (a command ended). */
  void forgetEvents() {
    events = null;
  }
}
