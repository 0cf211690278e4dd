package io.hashwatch.commander.web.alerts;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.alerts.AlertBoard;
import io.hashwatch.commander.alerts.AlertFilter;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.web.access.Allowed;
import io.hashwatch.commander.web.problems.QueryValues;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code /api/v1/alerts}: the alerts, open and past, and acknowledging them. */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {
  static final int MAX_LISTED = 1000;
  private static final int DEFAULT_LISTED = 100;
  private static final int MAX_SITE = 120;

  @Inject AlertBoard board;

  @GET
  @Allowed(Role.VIEWER)
  public String list(
      @QueryParam("state") String state,
      @QueryParam("severity") String severity,
      @QueryParam("deviceId") String deviceId,
      @QueryParam("sentryId") String sentryId,
      @QueryParam("site") String site,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit) {
    if (site != null && (site.isBlank() || site.length() > MAX_SITE)) {
      throw new InvalidFieldException("site", "must be a site's name");
    }
    AlertFilter filter =
        new AlertFilter(
            state(state),
            severity(severity),
            QueryValues.id("deviceId", deviceId),
            QueryValues.id("sentryId", sentryId),
            site,
            from == null ? null : QueryValues.time("from", from),
            to == null ? null : QueryValues.time("to", to),
            QueryValues.limit(limit, DEFAULT_LISTED, MAX_LISTED),
            0);
    JsonArrayBuilder listed = CachedJsonProvider.INSTANCE.createArrayBuilder();
    board.list(filter).forEach(alert -> listed.add(AlertJson.of(alert)));
    return listed.build().toString();
  }

  @GET
  @Path("{id}")
  @Allowed(Role.VIEWER)
  public String alert(@PathParam("id") long id) {
    return board
        .find(id)
        .map(alert -> AlertJson.of(alert).toString())
        .orElseThrow(() -> new NotFoundException("no alert with id " + id));
  }

  /** Acknowledges the alert; the first acknowledgement stays. */
  @POST
  @Path("{id}/ack")
  @Allowed(Role.OPERATOR)
  public String acknowledge(@PathParam("id") long id, @Context SecurityContext caller) {
    return board
        .acknowledge(id, caller.getUserPrincipal().getName())
        .map(alert -> AlertJson.of(alert).toString())
        .orElseThrow(() -> new NotFoundException("no alert with id " + id));
  }

  private static AlertFilter.State state(String value) {
    if (value == null) {
      return AlertFilter.State.OPEN;
    }
    AlertFilter.State state = AlertFilter.State.fromWire(value);
    if (state == null) {
      throw new InvalidFieldException("state", "must be open, resolved or all");
    }
    return state;
  }

  private static Severity severity(String value) {
    if (value == null) {
      return null;
    }
    Severity severity = Severity.fromWire(value);
    if (severity == null) {
      throw new InvalidFieldException("severity", "must be info, warning or critical");
    }
    return severity;
  }
}
