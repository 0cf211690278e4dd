package io.hashwatch.commander.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The latest poll result of one device, kept up to date by the telemetry path. */
@Entity
@Table(name = "device_state")
public class DeviceState {
  @Id
  @Column(name = "device_id")
  private Long deviceId;

  @Column(nullable = false)
  private OffsetDateTime time;

  @Column(nullable = false)
  private String result;

  @Column(name = "last_seen")
  private OffsetDateTime lastSeen;

  /** Why the device is not fine, or {@code null} (docs/UI.md). */
  private String warning;

  /** Whether it was put to sleep or powered off and not woken since. */
  private boolean sleeping;

  /** The whole reading in its JSON form (docs/READING.md). */
  @Column(nullable = false)
  private String data;

  protected DeviceState() {}

  public OffsetDateTime time() {
    return time;
  }

  public String result() {
    return result;
  }

  /** When the device last answered at all, or {@code null} if it never has. */
  public OffsetDateTime lastSeen() {
    return lastSeen;
  }

  public String warning() {
    return warning;
  }

  public boolean sleeping() {
    return sleeping;
  }

  public String data() {
    return data;
  }
}
