package io.hashwatch.commander.web.fleet;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.fleet.DeviceDirectory;
import io.hashwatch.commander.fleet.DeviceView;
import io.hashwatch.commander.telemetry.ChartStep;
import io.hashwatch.commander.telemetry.ReadingHistory;
import io.hashwatch.commander.telemetry.StoredReading;
import io.hashwatch.commander.web.access.Allowed;
import io.hashwatch.commander.web.problems.QueryValues;
import io.hashwatch.commander.web.problems.RequestBodies;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code /api/v1/devices}: the devices, the latest state of one, its readings and its chart
 * history.
 */
@Path("devices")
@Produces(MediaType.APPLICATION_JSON)
public class DevicesResource {
  static final int MAX_DEVICES = 50_000;
  static final int MAX_READINGS = 100_000;
  private static final int MAX_GROUP_BODY_BYTES = 1024;
  private static final int MAX_GROUP_LENGTH = 120;
  private static final Duration DEFAULT_SPAN = Duration.ofHours(24);

  @Inject DeviceDirectory directory;
  @Inject ReadingHistory history;

  @GET
  @Allowed(Role.VIEWER)
  public String list(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    JsonArrayBuilder devices = CachedJsonProvider.INSTANCE.createArrayBuilder();
    directory
        .list(
            bounded("offset", offset, 0, Integer.MAX_VALUE),
            bounded("limit", limit, 10_000, MAX_DEVICES))
        .forEach(device -> devices.add(DeviceJson.summary(device)));
    return devices.build().toString();
  }

  @GET
  @Path("{id}")
  @Allowed(Role.VIEWER)
  public String device(@PathParam("id") long id) {
    return DeviceJson.detail(find(id)).build().toString();
  }

  /** Puts a device in a group ({@code {"group": "row-a"}}), or in none ({@code null}). */
  @PUT
  @Path("{id}/group")
  @Allowed(Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public String group(@PathParam("id") long id, InputStream body) {
    FieldReader request = FieldReader.root(RequestBodies.json(body, MAX_GROUP_BODY_BYTES));
    String group = request.optionalString("group", MAX_GROUP_LENGTH);
    return DeviceJson.detail(
            directory
                .group(id, group)
                .orElseThrow(() -> new NotFoundException("no device with id " + id)))
        .build()
        .toString();
  }

  @GET
  @Path("{id}/readings")
  @Allowed(Role.VIEWER)
  public String readings(
      @PathParam("id") long id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit) {
    DeviceView device = find(id);
    Span span = Span.of(from, to);
    List<StoredReading> readings =
        history.between(
            device.id(), span.start(), span.end(), bounded("limit", limit, 10_000, MAX_READINGS));
    StringBuilder json = new StringBuilder(readings.size() * 256 + 2).append('[');
    for (int i = 0; i < readings.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      DeviceJson.appendReading(json, readings.get(i));
    }
    return json.append(']').toString();
  }

  @GET
  @Path("{id}/history")
  @Allowed(Role.VIEWER)
  public String history(
      @PathParam("id") long id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("step") String step) {
    DeviceView device = find(id);
    Span span = Span.of(from, to);
    ChartStep resolution =
        step == null || step.equals("auto")
            ? ChartStep.auto(Duration.between(span.start(), span.end()))
            : ChartStep.named(step)
                .orElseThrow(
                    () -> new InvalidFieldException("step", "must be auto, raw, 5m or 1h"));
    JsonArrayBuilder points = CachedJsonProvider.INSTANCE.createArrayBuilder();
    history
        .chart(device.id(), span.start(), span.end(), resolution, MAX_READINGS)
        .forEach(point -> points.add(DeviceJson.point(point)));
    return points.build().toString();
  }

  private DeviceView find(long id) {
    return directory.find(id).orElseThrow(() -> new NotFoundException("no device with id " + id));
  }

  /** The time range of a query: {@code to} defaults to now, {@code from} to a day before it. */
  private record Span(OffsetDateTime start, OffsetDateTime end) {
    static Span of(String from, String to) {
      OffsetDateTime end =
          to == null ? OffsetDateTime.now(ZoneOffset.UTC) : QueryValues.time("to", to);
      OffsetDateTime start =
          from == null ? end.minus(DEFAULT_SPAN) : QueryValues.time("from", from);
      if (!start.isBefore(end)) {
        throw new InvalidFieldException("from", "must be before to");
      }
      return new Span(start, end);
    }
  }

  private static int bounded(String name, String value, int fallback, int max) {
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= 0 && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // refused below with the allowed range
    }
    throw new InvalidFieldException(name, "must be a whole number from 0 to " + max);
  }
}
