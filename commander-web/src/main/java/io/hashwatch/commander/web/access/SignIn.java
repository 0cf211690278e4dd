package io.hashwatch.commander.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** The sign-in form. */
@Named
@RequestScoped
public class SignIn {
  static final String REFUSED = "Wrong user name or password.";

  @Inject SecurityContext security;
  @Inject FacesContext faces;

  private String username;
  private String password;

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username,
                        new Password(password == null ? "" : password))));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete(); // back to the page that asked for sign-in
      case SUCCESS -> external.redirect(external.getRequestContextPath() + WebSecurity.HOME_PAGE);
      default -> refused(request, external);
    }
  }

  /**
   * A refused sign-in starts afresh with a new session and says so on the sign-in page: the session
   * of a failed attempt is left in a state where protected pages answer empty.
   */
  private static void refused(HttpServletRequest request, ExternalContext external)
      throws IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(external.getRequestContextPath() + WebSecurity.LOGIN_PAGE + "?refused=true");
  }

  /** Shows why the previous attempt failed, on the sign-in page that {@link #refused} leads to. */
  public void explainRefusal() {
    if ("true".equals(faces.getExternalContext().getRequestParameterMap().get("refused"))
        && !faces.isPostback()) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUSED, null));
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
