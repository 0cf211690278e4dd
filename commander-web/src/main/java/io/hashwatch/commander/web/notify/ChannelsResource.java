package io.hashwatch.commander.web.notify;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.notify.Channel;
import io.hashwatch.commander.notify.ChannelStore;
import io.hashwatch.commander.web.access.Allowed;
import io.hashwatch.commander.web.problems.RequestBodies;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/**
 * {@code /api/v1/channels}: admins set up where alerts are sent, and try a channel with a test
 * message. Secrets go in, never out.
 */
@Path("channels")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelsResource {
  private static final int MAX_BODY_BYTES = 16 * 1024;

  @Inject ChannelStore channels;

  @GET
  @Allowed(Role.ADMIN)
  public String list() {
    JsonArrayBuilder listed = CachedJsonProvider.INSTANCE.createArrayBuilder();
    channels.list().forEach(channel -> listed.add(ChannelJson.of(channel)));
    return listed.build().toString();
  }

  @GET
  @Path("{id}")
  @Allowed(Role.ADMIN)
  public String channel(@PathParam("id") long id) {
    return ChannelJson.of(existing(id)).toString();
  }

  @POST
  @Allowed(Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body, @Context UriInfo uri) {
    FieldReader request = FieldReader.root(RequestBodies.json(body, MAX_BODY_BYTES));
    Channel created = channels.create(ChannelJson.read(request, null));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(ChannelJson.of(created).toString())
        .build();
  }

  /** Replaces the channel; a body without {@code "secret"} keeps the stored one. */
  @PUT
  @Path("{id}")
  @Allowed(Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public String update(@PathParam("id") long id, InputStream body) {
    FieldReader request = FieldReader.root(RequestBodies.json(body, MAX_BODY_BYTES));
    Channel changed = ChannelJson.read(request, existing(id).secret());
    return channels
        .update(id, changed)
        .map(channel -> ChannelJson.of(channel).toString())
        .orElseThrow(() -> noChannel(id));
  }

  @DELETE
  @Path("{id}")
  @Allowed(Role.ADMIN)
  public Response delete(@PathParam("id") long id) {
    if (!channels.delete(id)) {
      throw noChannel(id);
    }
    return Response.noContent().build();
  }

  /** Queues a test message; 202 with the notification's id, to follow in /notifications. */
  @POST
  @Path("{id}/test")
  @Allowed(Role.ADMIN)
  public Response test(@PathParam("id") long id, @Context SecurityContext caller) {
    long notification =
        channels
            .queueTest(id, caller.getUserPrincipal().getName())
            .orElseThrow(() -> noChannel(id));
    String json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("id", notification)
            .add("channelId", id)
            .build()
            .toString();
    return Response.accepted(json).build();
  }

  private Channel existing(long id) {
    return channels.find(id).orElseThrow(() -> noChannel(id));
  }

  private static NotFoundException noChannel(long id) {
    return new NotFoundException("no channel with id " + id);
  }
}
