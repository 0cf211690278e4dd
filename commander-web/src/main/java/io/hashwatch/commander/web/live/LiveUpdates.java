package io.hashwatch.commander.web.live;

import io.hashwatch.commander.alerts.AlertBoard;
import io.hashwatch.commander.alerts.AlertCounts;
import io.hashwatch.commander.alerts.AlertsChanged;
import io.hashwatch.commander.telemetry.DeviceChange;
import io.hashwatch.commander.telemetry.DevicesChanged;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The open pages and the devices changed since the last tick. Committed batches add their devices
 * (the latest result of a device wins); once a second each open page gets one message of them, and
 * nothing when nothing changed. A page whose previous message is still being sent is skipped for
 * that tick, so one slow page never holds up the others; a failed send closes that page. When an
 * alert cycle changed the open alerts, the next message carries their counts; a page that just
 * opened gets them in its first message (with no devices when none changed).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveUpdates {
  static final int MAX_SESSIONS = 200;
  static final int MAX_DEVICES = 10_000;
  static final long SEND_TIMEOUT_MS = 10_000;
  private static final System.Logger LOG = System.getLogger(LiveUpdates.class.getName());

  private record Page(Session session, AtomicBoolean sending, AtomicBoolean fresh) {}

  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<Long, DeviceChange> changed = new ConcurrentHashMap<>();
  private final AtomicReference<AlertCounts> alerts = new AtomicReference<>();

  @Inject AlertBoard board;

  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DevicesChanged batch) {
    if (pages.isEmpty()) {
      return; // nobody watches: nothing to keep
    }
    for (DeviceChange change : batch.devices()) {
      changed.put(change.deviceId(), change);
    }
  }

  public void alertsChanged(@Observes AlertsChanged cycle) {
    alerts.set(cycle.counts());
  }

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "live updates")
  public void tick() {
    List<DeviceChange> changes = drain();
    AlertCounts changedAlerts = alerts.getAndSet(null);
    if (pages.isEmpty()) {
      return;
    }
    Instant now = Instant.now();
    String message =
        changes.isEmpty() && changedAlerts == null
            ? null
            : LiveMessage.of(now, changes, MAX_DEVICES, changedAlerts);
    String first = null;
    for (Page page : pages.values()) {
      if (page.fresh().get() && changedAlerts == null) {
        if (first == null) {
          first = LiveMessage.of(now, changes, MAX_DEVICES, openAlerts());
        }
        send(page, first);
      } else if (message != null) {
        send(page, message);
      }
    }
  }

  /** The open alerts now, for a page's first message. */
  private AlertCounts openAlerts() {
    try {
      return board.counts();
    } catch (RuntimeException e) { // the database is away: the page keeps its rendered counts
      LOG.log(Level.DEBUG, "counting the open alerts for a new live page failed", e);
      return null;
    }
  }

  /** Adds an open page, or closes it with 1013 (try again later) when there are too many. */
  public synchronized void join(Session session) {
    if (pages.size() >= MAX_SESSIONS) {
      close(session, CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many live pages are open");
      return;
    }
    session.getAsyncRemote().setSendTimeout(SEND_TIMEOUT_MS);
    pages.put(session.getId(), new Page(session, new AtomicBoolean(), new AtomicBoolean(true)));
  }

  public void leave(Session session) {
    pages.remove(session.getId());
  }

  /**
   * Takes the changes out one by one: a change that a newer one replaced meanwhile stays for the
   * next tick rather than being lost.
   */
  private List<DeviceChange> drain() {
    List<DeviceChange> taken = new ArrayList<>();
    for (Map.Entry<Long, DeviceChange> entry : changed.entrySet()) {
      if (changed.remove(entry.getKey(), entry.getValue())) {
        taken.add(entry.getValue());
      }
    }
    return taken;
  }

  private void send(Page page, String message) {
    if (!page.session().isOpen()) {
      leave(page.session());
      return;
    }
    if (!page.sending().compareAndSet(false, true)) {
      return; // still sending the previous message: this page catches up on the next tick
    }
    page.fresh().set(false);
    try {
      page.session().getAsyncRemote().sendText(message, result -> sent(page, result));
    } catch (RuntimeException e) { // closed meanwhile: one page never stops the tick
      sent(page, new SendResult(e));
    }
  }

  private void sent(Page page, SendResult result) {
    page.sending().set(false);
    if (!result.isOK()) {
      LOG.log(Level.DEBUG, "a live page failed to receive", result.getException());
      leave(page.session());
      close(page.session(), CloseReason.CloseCodes.UNEXPECTED_CONDITION, "send failed");
    }
  }

  private static void close(Session session, CloseReason.CloseCode code, String reason) {
    try {
      session.close(new CloseReason(code, reason));
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "closing a live page failed", e);
    }
  }
}
