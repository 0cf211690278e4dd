package io.hashwatch.commander.web.live;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.access.UserDirectory;
import io.hashwatch.commander.web.access.BasicLogin;
import io.hashwatch.commander.web.problems.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses a live-updates handshake without a viewer (or more) with 401, before the WebSocket opens:
 * Jakarta WebSocket's configurator cannot answer with a status of its own, a servlet filter in
 * front of the upgrade can. Scripts send Basic credentials; a page uses its signed-in session, and
 * then the handshake must come from a page of this commander (its Origin names this host), so that
 * another site cannot open the feed with the operator's cookie.
 */
@WebFilter(LiveEndpoint.PATH)
public class LiveHandshake extends HttpFilter {
  private static final String CHALLENGE = "Basic realm=\"hashwatch\"";

  @Inject UserDirectory users;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String authorization = request.getHeader("Authorization");
    Optional<Role> role = authorization == null ? sessionRole(request) : basicRole(authorization);
    if (role.isEmpty() || !role.get().includes(Role.VIEWER)) {
      refuse(response);
      return;
    }
    chain.doFilter(request, response);
  }

  private Optional<Role> basicRole(String authorization) {
    return BasicLogin.of(authorization)
        .flatMap(login -> users.authenticate(login.username(), login.password()));
  }

  private Optional<Role> sessionRole(HttpServletRequest request) {
    if (request.getUserPrincipal() == null || !isSameOrigin(request)) {
      return Optional.empty();
    }
    return users.roleOf(request.getUserPrincipal().getName());
  }

  /**
   * Whether the Origin header names this commander's host and port. The scheme is not compared: a
   * commander behind a TLS proxy sees plain HTTP while the page's origin is https.
   */
  static boolean isSameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    String host = request.getHeader("Host");
    if (origin == null || host == null) {
      return false;
    }
    int authority = origin.indexOf("://");
    return authority > 0 && origin.substring(authority + 3).equalsIgnoreCase(host);
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    byte[] body =
        Problem.of(
                "unauthorized",
                "Unauthorized",
                401,
                "a valid user name and password are required (HTTP Basic)")
            .json()
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", CHALLENGE);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
