package io.hashwatch.commander.web.access;

import io.hashwatch.commander.access.Role;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** Who made a request, once authenticated: a person with a role, or a sentry. */
record Caller(String name, Role role, boolean secure) implements SecurityContext {

  @Override
  public Principal getUserPrincipal() {
    return () -> name;
  }

  @Override
  public boolean isUserInRole(String wanted) {
    return role != null && role.includes(Role.valueOf(wanted));
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return role == null ? "Bearer" : BASIC_AUTH;
  }
}
