package io.hashwatch.commander.web.live;

import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * One open page. It only joins and leaves {@link LiveUpdates}, which sends; the page sends nothing
 * (a message from it is ignored). {@link LiveHandshake} has checked the caller before it opens.
 */
@ServerEndpoint(LiveEndpoint.PATH)
public class LiveEndpoint {
  static final String PATH = "/api/v1/live";

  @Inject LiveUpdates updates;

  @OnOpen
  public void open(Session session) {
    updates.join(session);
  }

  @OnClose
  public void close(Session session) {
    updates.leave(session);
  }

  @OnError
  public void failed(Session session, Throwable failure) {
    updates.leave(session);
  }
}
