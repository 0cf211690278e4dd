package io.hashwatch.commander.web.access;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.access.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * The person signed in to this request, as pages and their beans see it: the role is looked up
 * again on every request, so a user whose role an admin lowered loses the buttons at once.
 */
@Named("me")
@RequestScoped
public class SignedIn {
  @Inject FacesContext faces;
  @Inject UserDirectory users;

  private Optional<Role> role;

  public String getName() {
    Principal principal = faces.getExternalContext().getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  /** The current role, or empty when nobody is signed in or the user was deleted. */
  public Optional<Role> role() {
    if (role == null) {
      String name = getName();
      role = name == null ? Optional.empty() : users.roleOf(name);
    }
    return role;
  }

  public String getRole() {
    return role().map(Role::wire).orElse("");
  }

  public boolean may(Role needed) {
    return role().filter(r -> r.includes(needed)).isPresent();
  }

  public boolean isOperator() {
    return may(Role.OPERATOR);
  }

  public boolean isAdmin() {
    return may(Role.ADMIN);
  }

  /**
   * Throws unless the signed-in user has {@code needed} now: every action a bean runs checks it,
   * whatever buttons the page showed.
   */
  public void require(Role needed) {
    if (!may(needed)) {
      throw new SecurityException("this needs the " + needed.wire() + " role");
    }
  }

  public void signOut() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(external.getRequestContextPath() + WebSecurity.LOGIN_PAGE);
  }
}
