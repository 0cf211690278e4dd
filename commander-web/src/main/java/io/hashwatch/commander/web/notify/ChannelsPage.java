package io.hashwatch.commander.web.notify;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.fleet.DuplicateNameException;
import io.hashwatch.commander.notify.Channel;
import io.hashwatch.commander.notify.ChannelStore;
import io.hashwatch.commander.notify.ChannelType;
import io.hashwatch.commander.notify.NotificationView;
import io.hashwatch.commander.web.access.SignedIn;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The channels page: admins only. Every method checks the admin role first, whatever the page
 * showed. The form adds a channel, or changes the one picked with Edit; an empty secret keeps the
 * stored one.
 */
@Named
@ViewScoped
public class ChannelsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int RECENT = 50;

  @Inject ChannelStore channels;
  @Inject SignedIn me;

  private transient List<Channel> listed;
  private transient List<NotificationView> recent;
  private ChannelForm form = new ChannelForm();

  public List<Channel> getChannels() {
    me.require(Role.ADMIN);
    if (listed == null) {
      listed = channels.list();
    }
    return listed;
  }

  public List<NotificationView> getNotifications() {
    me.require(Role.ADMIN);
    if (recent == null) {
      recent = channels.notifications(null, null, RECENT);
    }
    return recent;
  }

  /** The name of channel {@code id} for the notifications table. */
  public String channelName(long id) {
    Map<Long, String> names =
        getChannels().stream().collect(Collectors.toMap(Channel::id, Channel::name));
    return names.getOrDefault(id, "#" + id);
  }

  public List<String> getTypes() {
    return Arrays.stream(ChannelType.values()).map(ChannelType::wire).toList();
  }

  public List<String> getSeverities() {
    return Arrays.stream(Severity.values()).map(Severity::wire).toList();
  }

  public ChannelForm getForm() {
    return form;
  }

  /** Loads channel {@code id} into the form. */
  public void edit(long id) {
    me.require(Role.ADMIN);
    channels
        .find(id)
        .ifPresentOrElse(
            channel -> form = ChannelForm.of(channel),
            () -> say(FacesMessage.SEVERITY_ERROR, "That channel is gone."));
  }

  /** Empties the form for a new channel. */
  public void startNew() {
    me.require(Role.ADMIN);
    form = new ChannelForm();
  }

  public void save() {
    me.require(Role.ADMIN);
    try {
      Long id = form.getId();
      String kept =
          id == null || form.isClearSecret()
              ? null
              : channels.find(id).map(Channel::secret).orElse(null);
      Channel channel = form.channel(kept);
      String done;
      if (id == null) {
        done = "Channel " + channels.create(channel).name() + " added.";
      } else {
        done =
            channels.update(id, channel).map(c -> "Channel " + c.name() + " saved.").orElse(null);
      }
      if (done == null) {
        say(FacesMessage.SEVERITY_ERROR, "That channel is gone.");
      } else {
        say(FacesMessage.SEVERITY_INFO, done);
        form = new ChannelForm();
      }
    } catch (InvalidFieldException e) {
      say(FacesMessage.SEVERITY_ERROR, label(e.field()) + " " + e.problem());
    } catch (DuplicateNameException e) {
      say(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    forget();
  }

  public void delete(long id) {
    me.require(Role.ADMIN);
    String name = channelName(id);
    if (channels.delete(id)) {
      say(FacesMessage.SEVERITY_INFO, "Channel " + name + " and its notifications deleted.");
    } else {
      say(FacesMessage.SEVERITY_ERROR, "That channel is gone.");
    }
    if (form.getId() != null && form.getId() == id) {
      form = new ChannelForm();
    }
    forget();
  }

  public void sendTest(long id) {
    me.require(Role.ADMIN);
    channels
        .queueTest(id, me.getName())
        .ifPresentOrElse(
            n ->
                say(
                    FacesMessage.SEVERITY_INFO,
                    "Test message queued (notification " + n + "); it goes within 10 s."),
            () -> say(FacesMessage.SEVERITY_ERROR, "That channel is gone."));
    forget();
  }

  /** Reloads the tables. */
  public void refresh() {
    me.require(Role.ADMIN);
    forget();
  }

  private void forget() {
    listed = null;
    recent = null;
  }

  private static String label(String field) {
    Map<String, String> labels =
        Map.of("minSeverity", "Minimum severity", "url", "URL", "secret", "Secret");
    return labels.getOrDefault(
        field,
        field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1));
  }

  private static void say(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
