package io.hashwatch.commander.web.alerts;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.alerts.AlertBoard;
import io.hashwatch.commander.alerts.AlertFilter;
import io.hashwatch.commander.alerts.AlertView;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.web.access.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The alerts page (app/alerts.xhtml): the open alerts, worst first, which operators acknowledge,
 * and the history, filtered and paged by the page's GET parameters so that it can be bookmarked. A
 * parameter that does not parse is ignored, and the page says so.
 */
@Named("alertsPage")
@RequestScoped
public class AlertsPage {
  static final int OPEN_SHOWN = 500;
  static final int PAGE_SIZE = 100;

  @Inject AlertBoard board;
  @Inject SignedIn me;

  private String state;
  private String severity;
  private String site;
  private String day;
  private int page;
  private String ignored;
  private List<AlertView> open;
  private List<AlertView> history;

  /** The open alerts, critical first, then newest first. */
  public List<AlertView> getOpen() {
    if (open == null) {
      open =
          board.list(AlertFilter.of(AlertFilter.State.OPEN, OPEN_SHOWN)).stream()
              .sorted((a, b) -> b.severity().compareTo(a.severity()))
              .toList();
    }
    return open;
  }

  /** One page of the history that passes the filters, one more than shown to tell a next page. */
  public List<AlertView> getHistory() {
    if (history == null) {
      history = board.list(filter());
    }
    return history.size() > PAGE_SIZE ? history.subList(0, PAGE_SIZE) : history;
  }

  public boolean isNextPage() {
    getHistory();
    return history.size() > PAGE_SIZE;
  }

  AlertFilter filter() {
    StringBuilder refused = new StringBuilder();
    AlertFilter.State wantedState =
        state == null ? AlertFilter.State.ALL : AlertFilter.State.fromWire(state);
    if (wantedState == null) {
      refused.append(" state");
      wantedState = AlertFilter.State.ALL;
    }
    Severity wantedSeverity = severity == null ? null : Severity.fromWire(severity);
    if (severity != null && wantedSeverity == null) {
      refused.append(" severity");
    }
    OffsetDateTime from = null;
    if (day != null) {
      try {
        from = LocalDate.parse(day).atStartOfDay().atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        refused.append(" day");
      }
    }
    ignored = refused.length() == 0 ? null : refused.toString().strip();
    return new AlertFilter(
        wantedState,
        wantedSeverity,
        null,
        null,
        site,
        from,
        from == null ? null : from.plusDays(1),
        PAGE_SIZE + 1,
        page * PAGE_SIZE);
  }

  /**
   * Records that the signed-in operator has seen alert {@code id}, then shows the page again (with
   * its filters) built from the alerts as they are now.
   */
  public String acknowledge(long id) {
    me.require(Role.OPERATOR);
    FacesContext faces = FacesContext.getCurrentInstance();
    board
        .acknowledge(id, me.getName())
        .ifPresentOrElse(
            alert ->
                faces.addMessage(
                    null,
                    new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        "Acknowledged",
                        alert.label() + ": acknowledged by " + alert.acknowledgedBy())),
            () ->
                faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_WARN, "No such alert", "#" + id)));
    faces.getExternalContext().getFlash().setKeepMessages(true);
    return "/app/alerts.xhtml?faces-redirect=true&includeViewParams=true";
  }

  public List<String> getSeverities() {
    return Arrays.stream(Severity.values()).map(Severity::wire).toList();
  }

  /** The filters that did not parse and were left out, or {@code null}. */
  public String getIgnored() {
    getHistory();
    return ignored;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = blankToNull(state);
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = blankToNull(severity);
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = blankToNull(site);
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = blankToNull(day);
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, Math.min(page, 10_000));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
