package io.hashwatch.commander.fleet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The farm's devices with their latest state and status. */
@Stateless
public class DeviceDirectory {
  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "hashwatch.offline.after", defaultValue = "PT5M")
  Duration offlineAfter;

  public List<DeviceView> list(int offset, int limit) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return em.createNamedQuery(Device.ALL_WITH_STATE, Device.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(device -> view(device, now))
        .toList();
  }

  public Optional<DeviceView> find(long id) {
    return Optional.ofNullable(em.find(Device.class, id))
        .map(device -> view(device, OffsetDateTime.now(ZoneOffset.UTC)));
  }

  /**
   * Puts a device in the group {@code group}, or in none when it is {@code null} or blank.
   *
   * @return the device as it is now, or empty when there is no such device
   * @throws IllegalArgumentException when the name is longer than {@value Names#MAX_LENGTH}
   */
  public Optional<DeviceView> group(long id, String group) {
    String name = group == null || group.isBlank() ? null : Names.require(group, "a group name");
    Device device = em.find(Device.class, id);
    if (device == null) {
      return Optional.empty();
    }
    device.group(name);
    return Optional.of(view(device, OffsetDateTime.now(ZoneOffset.UTC)));
  }

  private DeviceView view(Device device, OffsetDateTime now) {
    DeviceState state = device.state();
    boolean reported = state != null && !"none".equals(state.result());
    return new DeviceView(
        device.id(),
        device.sentryId(),
        device.address(),
        device.kind(),
        device.make(),
        device.model(),
        device.group(),
        DeviceStatus.of(state, now, offlineAfter),
        state == null ? null : state.lastSeen(),
        reported ? state.time() : null,
        reported ? state.data() : null);
  }
}
