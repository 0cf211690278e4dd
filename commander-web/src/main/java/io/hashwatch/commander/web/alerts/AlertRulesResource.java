package io.hashwatch.commander.web.alerts;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.alerts.DefaultRuleException;
import io.hashwatch.commander.alerts.RuleDraft;
import io.hashwatch.commander.alerts.RuleRefusedException;
import io.hashwatch.commander.alerts.RuleStore;
import io.hashwatch.commander.alerts.StoredRule;
import io.hashwatch.commander.web.access.Allowed;
import io.hashwatch.commander.web.problems.Problem;
import io.hashwatch.commander.web.problems.RequestBodies;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;

/** {@code /api/v1/alert-rules}: the rules alerts open by; admins edit them. */
@Path("alert-rules")
@Produces(MediaType.APPLICATION_JSON)
public class AlertRulesResource {
  private static final int MAX_BODY_BYTES = 16 * 1024;
  private static final int MAX_WIRE = 200;

  @Inject RuleStore rules;

  @GET
  @Allowed(Role.VIEWER)
  public String list() {
    JsonArrayBuilder listed = CachedJsonProvider.INSTANCE.createArrayBuilder();
    rules.list().forEach(rule -> listed.add(AlertJson.of(rule)));
    return listed.build().toString();
  }

  /** Creates the rule of that id or replaces it with the body. */
  @PUT
  @Path("{id}")
  @Allowed(Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public String put(@PathParam("id") String id, InputStream body, @Context SecurityContext caller) {
    FieldReader request = FieldReader.root(RequestBodies.json(body, MAX_BODY_BYTES));
    RuleDraft draft =
        new RuleDraft(
            request.requiredString("kind", MAX_WIRE),
            request.requiredString("severity", MAX_WIRE),
            request.requiredString("scope", MAX_WIRE),
            request.optionalDouble("threshold"),
            seconds(request, "sustainSeconds"),
            seconds(request, "clearSeconds"),
            request.optionalBoolean("enabled", true));
    try {
      StoredRule stored = rules.put(id, draft, caller.getUserPrincipal().getName());
      return AlertJson.of(stored).toString();
    } catch (RuleRefusedException e) {
      throw new InvalidFieldException(e.field(), e.getMessage());
    }
  }

  @DELETE
  @Path("{id}")
  @Allowed(Role.ADMIN)
  public Response delete(@PathParam("id") String id) {
    try {
      return rules.delete(id)
          ? Response.noContent().build()
          : Problem.of("not-found", "Not Found", 404, "no alert rule " + id).response().build();
    } catch (DefaultRuleException e) {
      return Problem.of("conflict", "Conflict", 409, e.getMessage()).response().build();
    }
  }

  private static long seconds(FieldReader request, String name) {
    long value = request.requiredLong(name);
    if (value < 0) {
      throw new InvalidFieldException(name, "must be >= 0");
    }
    return value;
  }
}
