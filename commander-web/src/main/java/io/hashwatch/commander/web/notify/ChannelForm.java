package io.hashwatch.commander.web.notify;

import io.hashwatch.commander.alerts.Scope;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.notify.Channel;
import io.hashwatch.commander.notify.ChannelType;
import io.hashwatch.protocols.json.InvalidFieldException;
import java.io.Serializable;

/** The fields of the channel form; the secret is never filled in from a stored channel. */
public class ChannelForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private String name;
  private String type = ChannelType.WEBHOOK.wire();
  private String url;
  private String secret;
  private String recipient;
  private String minSeverity = Severity.WARNING.wire();
  private String scope = Scope.FARM.wire();
  private boolean enabled = true;
  private boolean secretSet;
  private boolean clearSecret;

  static ChannelForm of(Channel channel) {
    ChannelForm form = new ChannelForm();
    form.id = channel.id();
    form.name = channel.name();
    form.type = channel.type().wire();
    form.url = channel.url();
    form.recipient = channel.recipient();
    form.minSeverity = channel.minSeverity().wire();
    form.scope = channel.scope().wire();
    form.enabled = channel.enabled();
    form.secretSet = channel.secret() != null;
    return form;
  }

  /**
   * The channel the form describes.
   *
   * @param kept the stored secret, used when the secret field is left empty
   * @throws InvalidFieldException naming the field that is wrong
   */
  Channel channel(String kept) {
    ChannelType channelType = ChannelType.fromWire(type);
    Severity severity = Severity.fromWire(minSeverity);
    Scope channelScope;
    try {
      channelScope = Scope.fromWire(scope == null || scope.isBlank() ? "farm" : scope.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("scope", e.getMessage());
    }
    String newSecret = secret == null || secret.isBlank() ? kept : secret;
    return new Channel(
        null, name, channelType, url, newSecret, recipient, severity, channelScope, enabled);
  }

  public Long getId() {
    return id;
  }

  public boolean isEditing() {
    return id != null;
  }

  public boolean isSecretSet() {
    return secretSet;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getMinSeverity() {
    return minSeverity;
  }

  public void setMinSeverity(String minSeverity) {
    this.minSeverity = minSeverity;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isClearSecret() {
    return clearSecret;
  }

  public void setClearSecret(boolean clearSecret) {
    this.clearSecret = clearSecret;
  }
}
