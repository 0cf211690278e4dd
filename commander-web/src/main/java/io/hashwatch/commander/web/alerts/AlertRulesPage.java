package io.hashwatch.commander.web.alerts;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.alerts.DefaultRuleException;
import io.hashwatch.commander.alerts.RuleDraft;
import io.hashwatch.commander.alerts.RuleKind;
import io.hashwatch.commander.alerts.RuleRefusedException;
import io.hashwatch.commander.alerts.RuleStore;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.web.access.SignedIn;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The alert rules page (app/alert-rules.xhtml): every rule, which admins edit in place, add for a
 * site or a device, or delete (not the defaults); and the trusted pools.
 */
@Named("alertRules")
@ViewScoped
public class AlertRulesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RuleStore rules;
  @Inject SignedIn me;

  private List<RuleRow> rows;
  private String pools;
  private String newId;
  private String newKind = RuleKind.TEMPERATURE_HIGH.wire();
  private String newSeverity = Severity.WARNING.wire();
  private String newScope;
  private Double newThreshold;
  private long newSustainSeconds = 300;
  private long newClearSeconds = 300;

  public List<RuleRow> getRows() {
    if (rows == null) {
      rows = rules.list().stream().map(RuleRow::new).toList();
    }
    return rows;
  }

  public void save(RuleRow row) {
    me.require(Role.ADMIN);
    put(row.getId(), row.draft(), "Rule " + row.getId() + " saved");
  }

  public void delete(RuleRow row) {
    me.require(Role.ADMIN);
    try {
      rules.delete(row.getId());
      say(FacesMessage.SEVERITY_INFO, "Rule " + row.getId() + " deleted");
      rows = null;
    } catch (DefaultRuleException e) {
      say(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public void add() {
    me.require(Role.ADMIN);
    RuleDraft draft =
        new RuleDraft(
            newKind, newSeverity, newScope, newThreshold, newSustainSeconds, newClearSeconds, true);
    if (put(newId, draft, "Rule " + newId + " added")) {
      newId = null;
      newScope = null;
      newThreshold = null;
    }
  }

  private boolean put(String id, RuleDraft draft, String done) {
    try {
      rules.put(id, draft, me.getName());
      say(FacesMessage.SEVERITY_INFO, done);
      rows = null;
      return true;
    } catch (RuleRefusedException e) {
      say(FacesMessage.SEVERITY_ERROR, e.field() + ": " + e.getMessage());
      return false;
    }
  }

  /** The trusted pools, one URL a line. */
  public String getPools() {
    if (pools == null) {
      pools = String.join("\n", rules.trustedPools());
    }
    return pools;
  }

  public void setPools(String pools) {
    this.pools = pools;
  }

  public void savePools() {
    me.require(Role.ADMIN);
    List<String> urls =
        pools == null ? List.of() : pools.lines().filter(l -> !l.isBlank()).toList();
    try {
      pools = String.join("\n", rules.replaceTrustedPools(urls));
      say(FacesMessage.SEVERITY_INFO, "Trusted pools saved");
    } catch (RuleRefusedException e) {
      say(FacesMessage.SEVERITY_ERROR, "line " + line(e.field()) + ": " + e.getMessage());
    }
  }

  /** {@code pools[i]} as a line number of the text area (blank lines are not counted). */
  private static String line(String field) {
    int open = field.indexOf('[');
    return open < 0
        ? field
        : String.valueOf(Integer.parseInt(field.substring(open + 1, field.length() - 1)) + 1);
  }

  public List<String> getKinds() {
    return Arrays.stream(RuleKind.values()).filter(RuleKind::ruled).map(RuleKind::wire).toList();
  }

  public List<String> getSeverities() {
    return Arrays.stream(Severity.values()).map(Severity::wire).toList();
  }

  private static void say(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public String getNewId() {
    return newId;
  }

  public void setNewId(String newId) {
    this.newId = newId;
  }

  public String getNewKind() {
    return newKind;
  }

  public void setNewKind(String newKind) {
    this.newKind = newKind;
  }

  public String getNewSeverity() {
    return newSeverity;
  }

  public void setNewSeverity(String newSeverity) {
    this.newSeverity = newSeverity;
  }

  public String getNewScope() {
    return newScope;
  }

  public void setNewScope(String newScope) {
    this.newScope = newScope;
  }

  public Double getNewThreshold() {
    return newThreshold;
  }

  public void setNewThreshold(Double newThreshold) {
    this.newThreshold = newThreshold;
  }

  public long getNewSustainSeconds() {
    return newSustainSeconds;
  }

  public void setNewSustainSeconds(long newSustainSeconds) {
    this.newSustainSeconds = newSustainSeconds;
  }

  public long getNewClearSeconds() {
    return newClearSeconds;
  }

  public void setNewClearSeconds(long newClearSeconds) {
    this.newClearSeconds = newClearSeconds;
  }
}
