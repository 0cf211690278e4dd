package io.hashwatch.commander.web.fleet;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.fleet.NewSentry;
import io.hashwatch.commander.fleet.SentryRegistry;
import io.hashwatch.commander.web.access.Allowed;
import io.hashwatch.commander.web.problems.RequestBodies;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/**
 * {@code /api/v1/sentries}: registering a sentry gives its id and its token, once; the list shows
 * how each sentry is doing.
 */
@Path("sentries")
public class SentriesResource {
  private static final int MAX_BODY_BYTES = 16 * 1024;
  private static final int MAX_NAME = 120;

  @Inject SentryRegistry registry;

  @GET
  @Allowed(Role.VIEWER)
  @Produces(MediaType.APPLICATION_JSON)
  public String list() {
    JsonArrayBuilder sentries = CachedJsonProvider.INSTANCE.createArrayBuilder();
    registry.list().forEach(sentry -> sentries.add(SentryJson.of(sentry)));
    return sentries.build().toString();
  }

  @POST
  @Allowed(Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response register(InputStream body, @Context UriInfo uri) {
    FieldReader request = FieldReader.root(RequestBodies.json(body, MAX_BODY_BYTES));
    String name = request.requiredString("name", MAX_NAME);
    String site = request.optionalString("site", MAX_NAME);
    NewSentry sentry = registry.register(name, site);
    String json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("id", sentry.id())
            .add("name", sentry.name())
            .add("token", sentry.token())
            .build()
            .toString();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(sentry.id())).build())
        .entity(json)
        .build();
  }
}
