package io.hashwatch.commander.web.access;

import io.hashwatch.commander.access.AppUser;
import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.access.UserDirectory;
import io.hashwatch.commander.web.problems.RequestBodies;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/** {@code /api/v1/users}: an admin adds the people who may use the commander. */
@Path("users")
public class UsersResource {
  static final int MIN_PASSWORD = 8;
  static final int MAX_PASSWORD = 256;
  private static final int MAX_BODY_BYTES = 16 * 1024;

  @Inject UserDirectory users;

  @POST
  @Allowed(Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response add(InputStream body) {
    FieldReader request = FieldReader.root(RequestBodies.json(body, MAX_BODY_BYTES));
    String username = request.requiredString("username", 64);
    if (!AppUser.isValidName(username)) {
      throw new InvalidFieldException("username", "must be 1 to 64 letters, digits or . _ @ -");
    }
    String password = request.requiredString("password", MAX_PASSWORD);
    if (password.length() < MIN_PASSWORD) {
      throw new InvalidFieldException(
          "password", "must be at least " + MIN_PASSWORD + " characters");
    }
    Role role = Role.fromWire(request.requiredString("role", 16));
    if (role == null) {
      throw new InvalidFieldException("role", "must be viewer, operator or admin");
    }
    AppUser user = users.register(username, password, role);
    String json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("id", user.id())
            .add("username", user.username())
            .add("role", user.role().wire())
            .build()
            .toString();
    return Response.status(Response.Status.CREATED).entity(json).build();
  }
}
