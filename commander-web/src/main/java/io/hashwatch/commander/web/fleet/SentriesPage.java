package io.hashwatch.commander.web.fleet;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.fleet.DuplicateNameException;
import io.hashwatch.commander.fleet.NewSentry;
import io.hashwatch.commander.fleet.SentryRegistry;
import io.hashwatch.commander.web.access.SignedIn;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The sentries page: every sentry's last contact, devices, sweep, backlog and dropped count; an
 * admin registers a new one here and sees its token once.
 */
@Named
@ViewScoped
public class SentriesPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_NAME = 120;

  @Inject SentryRegistry registry;
  @Inject SignedIn me;

  private transient List<SentryRow> rows;
  private String name;
  private String site;
  private Added added;

  /** A sentry just registered with its token, kept in this view only until its dialog closes. */
  public record Added(long id, String name, String token) implements Serializable {}

  public List<SentryRow> getRows() {
    if (rows == null) {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      Map<Long, Long> counts = registry.deviceCounts();
      rows =
          registry.list().stream()
              .map(sentry -> SentryRow.of(sentry, counts.getOrDefault(sentry.id(), 0L), now))
              .toList();
    }
    return rows;
  }

  /** Registers a sentry; its token shows in the dialog once, and is forgotten with this view. */
  public void add() {
    me.require(Role.ADMIN);
    added = null;
    String checkedName = checked(name, "name");
    if (checkedName == null) {
      return;
    }
    String checkedSite = null;
    if (site != null && !site.isBlank()) {
      checkedSite = checked(site, "site");
      if (checkedSite == null) {
        return;
      }
    }
    try {
      NewSentry sentry = registry.register(checkedName, checkedSite);
      added = new Added(sentry.id(), sentry.name(), sentry.token());
      name = null;
      site = null;
      rows = null;
    } catch (DuplicateNameException e) {
      say(e.getMessage());
    }
  }

  private String checked(String value, String what) {
    if (value == null || value.isBlank() || value.strip().length() > MAX_NAME) {
      say("The sentry's " + what + " must be 1 to " + MAX_NAME + " characters.");
      return null;
    }
    return value.strip();
  }

  private static void say(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** The sentry just added with its token, or {@code null}. */
  public Added getAdded() {
    return added;
  }

  /** Forgets the token once the dialog is closed. */
  public void forgetToken() {
    added = null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }
}
