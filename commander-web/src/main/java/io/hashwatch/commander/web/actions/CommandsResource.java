package io.hashwatch.commander.web.actions;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.actions.CommandFilter;
import io.hashwatch.commander.actions.CommandStatus;
import io.hashwatch.commander.actions.CommandStore;
import io.hashwatch.commander.actions.CommandView;
import io.hashwatch.commander.actions.NewCommand;
import io.hashwatch.commander.web.access.Allowed;
import io.hashwatch.commander.web.problems.QueryValues;
import io.hashwatch.commander.web.problems.RequestBodies;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.ReportJson;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/** {@code /api/v1/commands}: asking for a command to a device, and following it. */
@Path("commands")
@Produces(MediaType.APPLICATION_JSON)
public class CommandsResource {
  static final int MAX_LISTED = 1000;
  private static final int DEFAULT_LISTED = 100;
  private static final int MAX_BODY_BYTES = 16 * 1024;

  @Inject CommandStore commands;

  @POST
  @Allowed(Role.OPERATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body, @Context SecurityContext caller, @Context UriInfo uri) {
    FieldReader request = FieldReader.root(RequestBodies.json(body, MAX_BODY_BYTES));
    long deviceId = request.requiredLong("deviceId");
    if (deviceId <= 0) {
      throw new InvalidFieldException("deviceId", "must be > 0");
    }
    CommandAction action = ReportJson.action(request);
    NewCommand command =
        new NewCommand(
            deviceId,
            action,
            ReportJson.pools(request, action),
            caller.getUserPrincipal().getName());
    CommandView created =
        commands
            .create(command)
            .orElseThrow(() -> new NotFoundException("no device with id " + deviceId));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(CommandJson.of(created).toString())
        .build();
  }

  @GET
  @Path("{id}")
  @Allowed(Role.VIEWER)
  public String command(@PathParam("id") long id) {
    return commands
        .find(id)
        .map(command -> CommandJson.of(command).toString())
        .orElseThrow(() -> new NotFoundException("no command with id " + id));
  }

  @GET
  @Allowed(Role.VIEWER)
  public String list(
      @QueryParam("deviceId") String deviceId,
      @QueryParam("status") String status,
      @QueryParam("createdBy") String createdBy,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit) {
    CommandFilter filter =
        new CommandFilter(
            QueryValues.id("deviceId", deviceId),
            status(status),
            createdBy,
            action(action),
            from == null ? null : QueryValues.time("from", from),
            to == null ? null : QueryValues.time("to", to),
            QueryValues.limit(limit, DEFAULT_LISTED, MAX_LISTED));
    JsonArrayBuilder listed = CachedJsonProvider.INSTANCE.createArrayBuilder();
    commands.list(filter).forEach(command -> listed.add(CommandJson.of(command)));
    return listed.build().toString();
  }

  private static CommandAction action(String value) {
    if (value == null) {
      return null;
    }
    CommandAction action = CommandAction.fromWire(value);
    if (action == null) {
      throw new InvalidFieldException("action", "must be one of the actions in docs/API.md");
    }
    return action;
  }

  private static CommandStatus status(String value) {
    if (value == null) {
      return null;
    }
    CommandStatus status = CommandStatus.fromWire(value);
    if (status == null) {
      throw new InvalidFieldException(
          "status", "must be queued, sent, succeeded, failed, unsupported or expired");
    }
    return status;
  }
}
