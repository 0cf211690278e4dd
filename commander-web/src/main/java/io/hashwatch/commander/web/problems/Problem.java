package io.hashwatch.commander.web.problems;

import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail. {@code type} is a URN naming the kind of problem; {@code field}, when
 * present, is the path of the bad field in the request body or the name of the bad parameter.
 */
public record Problem(String type, String title, int status, String detail, String field) {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String URN = "urn:hashwatch:problem:";

  public static Problem of(String kind, String title, int status, String detail) {
    return new Problem(URN + kind, title, status, detail, null);
  }

  public static Problem invalidField(String field, String detail) {
    return new Problem(URN + "invalid-field", "Invalid request", 400, detail, field);
  }

  public Response.ResponseBuilder response() {
    return Response.status(status).type(MEDIA_TYPE).entity(json());
  }

  /** The problem as its JSON body, for answers given outside JAX-RS. */
  public String json() {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("type", type)
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (field != null) {
      json.add("field", field);
    }
    return json.build().toString();
  }
}
