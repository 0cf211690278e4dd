package io.hashwatch.commander.web.access;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.access.UserDirectory;
import io.hashwatch.commander.fleet.SentryRegistry;
import io.hashwatch.commander.web.problems.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Authenticates and authorizes every API call before its resource method runs. People send HTTP
 * Basic; a browser signed in to the pages may also read (GET) with its session, never write: a
 * write with a session cookie alone could be forged by another site.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {
  private static final String REALM = "hashwatch";

  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;
  @Inject UserDirectory users;
  @Inject SentryRegistry sentries;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return; // no resource matched: JAX-RS answers 404 or 405 itself
    }
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    boolean secure = request.getSecurityContext().isSecure();
    if (method.isAnnotationPresent(SentryOnly.class)) {
      authenticateSentry(request, authorization, secure);
      return;
    }
    Allowed allowed = method.getAnnotation(Allowed.class);
    if (allowed == null) {
      deny(request, 403, "forbidden", "Forbidden", "this operation is not open to anyone");
      return;
    }
    authenticatePerson(request, authorization, allowed.value(), secure);
  }

  private void authenticateSentry(
      ContainerRequestContext request, String authorization, boolean secure) {
    String id = request.getUriInfo().getPathParameters().getFirst("id");
    Optional<String> token = credentials(authorization, "Bearer ");
    if (token.isEmpty() || !isLong(id) || !sentries.authenticate(Long.parseLong(id), token.get())) {
      challenge(request, "Bearer", "a valid sentry token is required (Authorization: Bearer)");
      return;
    }
    request.setSecurityContext(new Caller("sentry:" + id, null, secure));
  }

  private void authenticatePerson(
      ContainerRequestContext request, String authorization, Role needed, boolean secure) {
    if (authorization == null && servletRequest.getUserPrincipal() != null) {
      if (!isRead(request)) {
        // 403, not a 401 challenge: browsers answer a challenge to a page's script with a
        // password prompt.
        deny(
            request,
            403,
            "forbidden",
            "Forbidden",
            "a signed-in browser session only reads the API; writes need HTTP Basic");
        return;
      }
      String name = servletRequest.getUserPrincipal().getName();
      authorize(request, name, users.roleOf(name), needed, secure);
      return;
    }
    Optional<BasicLogin> login = BasicLogin.of(authorization);
    Optional<Role> role = login.flatMap(l -> users.authenticate(l.username(), l.password()));
    authorize(request, login.map(BasicLogin::username).orElse(null), role, needed, secure);
  }

  private static boolean isRead(ContainerRequestContext request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  private static void authorize(
      ContainerRequestContext request,
      String name,
      Optional<Role> role,
      Role needed,
      boolean secure) {
    if (role.isEmpty()) {
      challenge(request, "Basic", "a valid user name and password are required (HTTP Basic)");
      return;
    }
    if (!role.get().includes(needed)) {
      deny(request, 403, "forbidden", "Forbidden", "this needs the " + needed + " role");
      return;
    }
    request.setSecurityContext(new Caller(name, role.get(), secure));
  }

  private static Optional<String> credentials(String authorization, String scheme) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, scheme, 0, scheme.length())) {
      return Optional.empty();
    }
    return Optional.of(authorization.substring(scheme.length()).strip());
  }

  private static boolean isLong(String text) {
    return text != null && text.matches("\\d{1,18}");
  }

  private static void challenge(ContainerRequestContext request, String scheme, String detail) {
    request.abortWith(
        Problem.of("unauthorized", "Unauthorized", 401, detail)
            .response()
            .header(HttpHeaders.WWW_AUTHENTICATE, scheme + " realm=\"" + REALM + "\"")
            .build());
  }

  private static void deny(
      ContainerRequestContext request, int status, String kind, String title, String detail) {
    request.abortWith(Problem.of(kind, title, status, detail).response().build());
  }
}
