package io.hashwatch.commander.web.access;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * People sign in to the pages with a form (Jakarta Security): a page under {@code /app/} asked for
 * without a session redirects to {@code /login.xhtml} and, once signed in, back to the page. The
 * signed-in session also opens the live updates and the API's reads to the browser (see {@link
 * ApiAuthentication}); the REST API keeps HTTP Basic for scripts.
 */
@ApplicationScoped
@DeclareRoles({"viewer", "operator", "admin"})
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(
            loginPage = WebSecurity.LOGIN_PAGE,
            errorPage = "",
            useForwardToLogin = false))
public class WebSecurity {
  public static final String LOGIN_PAGE = "/login.xhtml";
  public static final String HOME_PAGE = "/app/overview.xhtml";
}
