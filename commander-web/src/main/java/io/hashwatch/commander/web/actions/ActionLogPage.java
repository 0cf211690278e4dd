package io.hashwatch.commander.web.actions;

import io.hashwatch.commander.actions.CommandFilter;
import io.hashwatch.commander.actions.CommandStatus;
import io.hashwatch.commander.actions.CommandStore;
import io.hashwatch.commander.actions.CommandView;
import io.hashwatch.protocols.report.CommandAction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The action log (app/actions.xhtml): every command anyone asked for, who asked, on which device,
 * and how it ended, newest first, filtered by the page's GET parameters so that a filtered log can
 * be bookmarked. A parameter that does not parse is ignored, and the page says so.
 */
@Named("actionLog")
@RequestScoped
public class ActionLogPage {
  static final int SHOWN = 500;

  @Inject CommandStore commands;

  private String who;
  private String action;
  private String status;
  private String day;
  private String ignored;
  private List<CommandView> rows;

  public List<CommandView> getRows() {
    if (rows == null) {
      rows = commands.list(filter());
    }
    return rows;
  }

  CommandFilter filter() {
    StringBuilder refused = new StringBuilder();
    CommandAction wantedAction = action == null ? null : CommandAction.fromWire(action);
    if (action != null && wantedAction == null) {
      refused.append(" action");
    }
    CommandStatus wantedStatus = status == null ? null : CommandStatus.fromWire(status);
    if (status != null && wantedStatus == null) {
      refused.append(" status");
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
    return new CommandFilter(
        null, wantedStatus, who, wantedAction, from, from == null ? null : from.plusDays(1), SHOWN);
  }

  public List<String> getActions() {
    return Arrays.stream(CommandAction.values()).map(CommandAction::wire).toList();
  }

  public List<String> getStatuses() {
    return Arrays.stream(CommandStatus.values()).map(CommandStatus::wire).toList();
  }

  /** The filters that did not parse and were left out, or {@code null}. */
  public String getIgnored() {
    getRows();
    return ignored();
  }

  String ignored() {
    return ignored;
  }

  public int getShown() {
    return SHOWN;
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = blankToNull(who);
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = blankToNull(action);
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = blankToNull(status);
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = blankToNull(day);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
