package io.hashwatch.commander.web.device;

import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.report.SentryCommand;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One row of the set-pools dialog, as typed; rows left empty are not pools. */
public class PoolEntry implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_URL = 512;
  private static final int MAX_TEXT = 256;

  private String url = "";
  private String user = "";
  private String password = "";

  /** As many empty rows as a command takes pools. */
  static List<PoolEntry> blank() {
    List<PoolEntry> rows = new ArrayList<>();
    for (int i = 0; i < SentryCommand.MAX_POOLS; i++) {
      rows.add(new PoolEntry());
    }
    return rows;
  }

  /**
   * The pools of the filled rows, in their order.
   *
   * @throws IllegalArgumentException naming the row, when a row has a user or password but no URL
   *     or a text too long, or when no row has a URL
   */
  static List<MinerAction.PoolSetting> settings(List<PoolEntry> rows) {
    List<MinerAction.PoolSetting> pools = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      PoolEntry row = rows.get(i);
      if (row.url.length() > MAX_URL
          || row.user.length() > MAX_TEXT
          || row.password.length() > MAX_TEXT) {
        throw new IllegalArgumentException(
            "pool "
                + (i + 1)
                + ": at most "
                + MAX_URL
                + " characters of URL and "
                + MAX_TEXT
                + " of user and password");
      }
      if (!row.url.isBlank()) {
        pools.add(new MinerAction.PoolSetting(row.url.strip(), row.user.strip(), row.password));
      } else if (!row.user.isBlank() || !row.password.isEmpty()) {
        throw new IllegalArgumentException("pool " + (i + 1) + " needs a URL");
      }
    }
    if (pools.isEmpty()) {
      throw new IllegalArgumentException("give at least one pool URL");
    }
    return pools;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url == null ? "" : url;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user == null ? "" : user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password == null ? "" : password;
  }
}
