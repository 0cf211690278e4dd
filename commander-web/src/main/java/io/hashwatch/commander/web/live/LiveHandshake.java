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
 * Refuses a live-updates handshake without the Basic credentials of a viewer (or more) with 401,
 * before the WebSocket opens: Jakarta WebSocket's configurator cannot answer with a status of its
 * own, a servlet filter in front of the upgrade can.
 */
@WebFilter(LiveEndpoint.PATH)
public class LiveHandshake extends HttpFilter {
  private static final String CHALLENGE = "Basic realm=\"hashwatch\"";

  @Inject UserDirectory users;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Role> role =
        BasicLogin.of(request.getHeader("Authorization"))
            .flatMap(login -> users.authenticate(login.username(), login.password()));
    if (role.isEmpty() || !role.get().includes(Role.VIEWER)) {
      refuse(response);
      return;
    }
    chain.doFilter(request, response);
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
