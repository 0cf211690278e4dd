package io.hashwatch.commander.web.alerts;

import io.hashwatch.commander.alerts.AlertRule;
import io.hashwatch.commander.alerts.RuleDraft;
import io.hashwatch.commander.alerts.StoredRule;
import java.io.Serializable;

/** One rule as the rules page edits it in place. */
public class RuleRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final String kind;
  private final String scope;
  private final boolean builtIn;
  private final String updatedBy;
  private String severity;
  private Double threshold;
  private long sustainSeconds;
  private long clearSeconds;
  private boolean enabled;

  RuleRow(StoredRule stored) {
    AlertRule rule = stored.rule();
    id = rule.id();
    kind = rule.kind().wire();
    scope = rule.scope().wire();
    builtIn = stored.builtIn();
    updatedBy = stored.updatedBy();
    severity = rule.severity().wire();
    threshold = rule.threshold();
    sustainSeconds = rule.sustain().toSeconds();
    clearSeconds = rule.clear().toSeconds();
    enabled = rule.enabled();
  }

  RuleDraft draft() {
    return new RuleDraft(kind, severity, scope, threshold, sustainSeconds, clearSeconds, enabled);
  }

  public String getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getScope() {
    return scope;
  }

  public boolean isBuiltIn() {
    return builtIn;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public Double getThreshold() {
    return threshold;
  }

  public void setThreshold(Double threshold) {
    this.threshold = threshold;
  }

  public long getSustainSeconds() {
    return sustainSeconds;
  }

  public void setSustainSeconds(long sustainSeconds) {
    this.sustainSeconds = sustainSeconds;
  }

  public long getClearSeconds() {
    return clearSeconds;
  }

  public void setClearSeconds(long clearSeconds) {
    this.clearSeconds = clearSeconds;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
