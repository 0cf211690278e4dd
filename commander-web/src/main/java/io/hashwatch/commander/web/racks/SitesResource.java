package io.hashwatch.commander.web.racks;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.racks.AutoPlaced;
import io.hashwatch.commander.racks.PlacementRefusedException;
import io.hashwatch.commander.racks.RackLayout;
import io.hashwatch.commander.racks.RackMap;
import io.hashwatch.commander.racks.RackMaps;
import io.hashwatch.commander.racks.Slot;
import io.hashwatch.commander.web.access.Allowed;
import io.hashwatch.commander.web.problems.Problem;
import io.hashwatch.commander.web.problems.RequestBodies;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;

/**
 * {@code /api/v1/sites}: the sites and their rack maps, for scripts that lay out a farm (an import
 * of thousands of places) and for the demo farm. The control room page does the same by hand.
 */
@Path("sites")
public class SitesResource {
  private static final int MAX_BODY_BYTES = 16 * 1024;

  @Inject RackMaps racks;

  @GET
  @Allowed(Role.VIEWER)
  @Produces(MediaType.APPLICATION_JSON)
  public String list() {
    JsonArrayBuilder sites = CachedJsonProvider.INSTANCE.createArrayBuilder();
    racks
        .sites()
        .forEach(
            site ->
                sites.add(
                    CachedJsonProvider.INSTANCE
                        .createObjectBuilder()
                        .add("id", site.id())
                        .add("name", site.name())));
    return sites.build().toString();
  }

  @GET
  @Path("{id}/layout")
  @Allowed(Role.VIEWER)
  @Produces(MediaType.APPLICATION_JSON)
  public Response layout(@PathParam("id") long siteId) {
    Optional<RackMap> map = racks.map(siteId);
    if (map.isEmpty()) {
      return noSite(siteId);
    }
    RackLayout layout = map.get().layout();
    if (layout == null) {
      return Problem.of(
              "not-found", "Not Found", 404, "the racks of site " + siteId + " are not laid out")
          .response()
          .build();
    }
    return Response.ok(
            layoutJson(layout).add("placed", map.get().placed().size()).build().toString())
        .build();
  }

  @PUT
  @Path("{id}/layout")
  @Allowed(Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response setLayout(@PathParam("id") long siteId, InputStream body) {
    FieldReader request = FieldReader.root(RequestBodies.json(body, MAX_BODY_BYTES));
    RackLayout layout;
    try {
      layout =
          new RackLayout(
              dimension(request, "rows"),
              dimension(request, "racksPerRow"),
              dimension(request, "shelvesPerRack"),
              dimension(request, "slotsPerShelf"));
    } catch (PlacementRefusedException e) {
      throw new InvalidFieldException("layout", e.getMessage());
    }
    if (racks.map(siteId).isEmpty()) {
      return noSite(siteId);
    }
    racks.setLayout(siteId, layout);
    return Response.ok(layoutJson(layout).build().toString()).build();
  }

  @POST
  @Path("{id}/auto-place")
  @Allowed(Role.ADMIN)
  @Produces(MediaType.APPLICATION_JSON)
  public Response autoPlace(@PathParam("id") long siteId) {
    if (racks.map(siteId).isEmpty()) {
      return noSite(siteId);
    }
    AutoPlaced placed = racks.autoPlace(siteId);
    return Response.ok(
            CachedJsonProvider.INSTANCE
                .createObjectBuilder()
                .add("placed", placed.placed())
                .add("left", placed.left())
                .build()
                .toString())
        .build();
  }

  @PUT
  @Path("{id}/places/{deviceId}")
  @Allowed(Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response place(
      @PathParam("id") long siteId, @PathParam("deviceId") long deviceId, InputStream body) {
    FieldReader request = FieldReader.root(RequestBodies.json(body, MAX_BODY_BYTES));
    Slot slot;
    try {
      slot =
          new Slot(
              dimension(request, "row"),
              dimension(request, "rack"),
              dimension(request, "shelf"),
              dimension(request, "slot"));
    } catch (PlacementRefusedException e) {
      throw new InvalidFieldException("slot", e.getMessage());
    }
    if (racks.map(siteId).isEmpty()) {
      return noSite(siteId);
    }
    racks.place(deviceId, siteId, slot);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/places/{deviceId}")
  @Allowed(Role.ADMIN)
  public Response unplace(@PathParam("id") long siteId, @PathParam("deviceId") long deviceId) {
    return racks.unplace(deviceId)
        ? Response.noContent().build()
        : Problem.of("not-found", "Not Found", 404, "device " + deviceId + " stands nowhere")
            .response()
            .build();
  }

  private static int dimension(FieldReader request, String name) {
    long value = request.requiredLong(name);
    if (value < 1 || value > RackLayout.MAX_EACH) {
      throw new InvalidFieldException(name, "must be 1 to " + RackLayout.MAX_EACH);
    }
    return (int) value;
  }

  private static JsonObjectBuilder layoutJson(RackLayout layout) {
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("rows", layout.rows())
        .add("racksPerRow", layout.racksPerRow())
        .add("shelvesPerRack", layout.shelvesPerRack())
        .add("slotsPerShelf", layout.slotsPerShelf())
        .add("slots", layout.cells());
  }

  private static Response noSite(long siteId) {
    return Problem.of("not-found", "Not Found", 404, "no site " + siteId).response().build();
  }
}
