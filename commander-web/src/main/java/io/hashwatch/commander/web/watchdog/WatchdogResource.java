package io.hashwatch.commander.web.watchdog;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.watchdog.SettingsRefusedException;
import io.hashwatch.commander.watchdog.Watchdog;
import io.hashwatch.commander.watchdog.WatchdogSettings;
import io.hashwatch.commander.web.access.Allowed;
import io.hashwatch.commander.web.problems.RequestBodies;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;

/**
 * {@code /api/v1/watchdog}: its settings and the devices it is busy with (viewers), its settings
 * changed (admins).
 */
@Path("watchdog")
@Produces(MediaType.APPLICATION_JSON)
public class WatchdogResource {
  private static final int MAX_BODY_BYTES = 4 * 1024;

  @Inject Watchdog watchdog;

  @GET
  @Allowed(Role.VIEWER)
  public String get() {
    return WatchdogJson.of(watchdog.settings(), watchdog.devices()).toString();
  }

  @PUT
  @Allowed(Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public String put(InputStream body, @Context SecurityContext caller) {
    FieldReader request = FieldReader.root(RequestBodies.json(body, MAX_BODY_BYTES));
    WatchdogSettings settings;
    try {
      settings = WatchdogJson.read(request);
    } catch (SettingsRefusedException e) {
      throw new InvalidFieldException(request.pathOf(e.field()), e.problem());
    }
    watchdog.save(settings, caller.getUserPrincipal().getName());
    return get();
  }
}
