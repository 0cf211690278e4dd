package io.hashwatch.commander.web.notify;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.notify.ChannelStore;
import io.hashwatch.commander.notify.NotificationStatus;
import io.hashwatch.commander.web.access.Allowed;
import io.hashwatch.commander.web.problems.QueryValues;
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
        .notifications(
            QueryValues.id("channelId", channelId),
            status(status),
            QueryValues.limit(limit, DEFAULT_LISTED, MAX_LISTED))
        .forEach(notification -> listed.add(ChannelJson.of(notification)));
    return listed.build().toString();
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
}
