package io.hashwatch.commander.web.notify;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.notify.ChannelStore;
import io.hashwatch.commander.notify.NotificationStatus;
import io.hashwatch.commander.web.access.Allowed;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/notifications}: how the outbox's messages fared, newest first. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {
  static final int MAX_LISTED = 1000;
  private static final int DEFAULT_LISTED = 100;

  @Inject ChannelStore channels;

  @GET
  @Allowed(Role.ADMIN)
  public String list(
      @QueryParam("channelId") String channelId,
      @QueryParam("status") String status,
      @QueryParam("limit") String limit) {
    JsonArrayBuilder listed = CachedJsonProvider.INSTANCE.createArrayBuilder();
    channels
        .notifications(channelId(channelId), status(status), limit(limit))
        .forEach(notification -> listed.add(ChannelJson.of(notification)));
    return listed.build().toString();
  }

  private static Long channelId(String value) {
    if (value == null) {
      return null;
    }
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidFieldException("channelId", "must be a channel id (a whole number > 0)");
  }

  private static NotificationStatus status(String value) {
    if (value == null) {
      return null;
    }
    NotificationStatus status = NotificationStatus.fromWire(value);
    if (status == null) {
      throw new InvalidFieldException("status", "must be pending, delivered or failed");
    }
    return status;
  }

  private static int limit(String value) {
    if (value == null) {
      return DEFAULT_LISTED;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= MAX_LISTED) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // refused below with the allowed range
    }
    throw new InvalidFieldException("limit", "must be a whole number from 1 to " + MAX_LISTED);
  }
}
