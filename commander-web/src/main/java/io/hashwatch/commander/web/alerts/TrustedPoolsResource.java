package io.hashwatch.commander.web.alerts;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.alerts.RuleRefusedException;
import io.hashwatch.commander.alerts.RuleStore;
import io.hashwatch.commander.web.access.Allowed;
import io.hashwatch.commander.web.problems.RequestBodies;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/v1/trusted-pools}: the pool URLs the farm mines on, for the rule kind {@code
 * pool-untrusted}; empty means pools are not checked.
 */
@Path("trusted-pools")
@Produces(MediaType.APPLICATION_JSON)
public class TrustedPoolsResource {
  private static final int MAX_BODY_BYTES = 128 * 1024;

  @Inject RuleStore rules;

  @GET
  @Allowed(Role.VIEWER)
  public String list() {
    return json(rules.trustedPools());
  }

  /** Replaces the whole list with the body, a JSON array of URLs. */
  @PUT
  @Allowed(Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public String replace(InputStream body) {
    JsonValue value = RequestBodies.json(body, MAX_BODY_BYTES);
    if (!(value instanceof JsonArray array)) {
      throw new InvalidFieldException("$", "must be a JSON array of pool URLs");
    }
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonString url)) {
        throw new InvalidFieldException("pools[" + i + "]", "must be a string");
      }
      urls.add(url.getString());
    }
    try {
      return json(rules.replaceTrustedPools(urls));
    } catch (RuleRefusedException e) {
      throw new InvalidFieldException(e.field(), e.getMessage());
    }
  }

  private static String json(List<String> urls) {
    return CachedJsonProvider.INSTANCE.createArrayBuilder(urls).build().toString();
  }
}
