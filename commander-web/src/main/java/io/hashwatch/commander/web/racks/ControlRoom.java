package io.hashwatch.commander.web.racks;

import io.hashwatch.commander.racks.DeviceAddress;
import io.hashwatch.commander.racks.RackGrid;
import io.hashwatch.commander.racks.RackLayout;
import io.hashwatch.commander.racks.RackMap;
import io.hashwatch.commander.racks.RackMaps;
import io.hashwatch.commander.racks.SiteName;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The control room: one site's rack map. The site comes from {@code ?site=ID}; without one (or an
 * unknown one) the farm's first site shows, which also holds the devices of sentries without a
 * site. The map is read once per request: one query draws the whole site.
 */
@Named
@ViewScoped
public class ControlRoom implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MAX_SUGGESTIONS = 1000;

  @Inject RackMaps maps;

  private Long siteId;
  private transient List<SiteName> sites;
  private transient RackMap map;

  /** Settles on the site the request names, or the first site when it names none that exists. */
  @PostConstruct
  void load() {
    String asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("site");
    siteId = parseId(asked);
    List<SiteName> all = getSites();
    boolean known = siteId != null && all.stream().anyMatch(s -> s.id() == siteId);
    if (!known) {
      siteId = all.stream().map(SiteName::id).min(Comparator.naturalOrder()).orElse(null);
    }
  }

  private static Long parseId(String id) {
    try {
      return id == null ? null : Long.valueOf(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public List<SiteName> getSites() {
    if (sites == null) {
      sites = maps.sites();
    }
    return sites;
  }

  /** The shown site's map, or {@code null} when the farm has no site. */
  public RackMap getMap() {
    if (map == null && siteId != null) {
      map = maps.map(siteId).orElse(null);
    }
    return map;
  }

  /** The unplaced devices the placement form suggests, bounded so the page stays small. */
  public List<DeviceAddress> getSuggestions() {
    RackMap shown = getMap();
    if (shown == null) {
      return List.of();
    }
    List<DeviceAddress> unplaced = shown.unplaced();
    return unplaced.subList(0, Math.min(unplaced.size(), MAX_SUGGESTIONS));
  }

  public RackGrid getGrid() {
    RackMap shown = getMap();
    return shown == null ? null : shown.grid();
  }

  public RackLayout getLayout() {
    RackMap shown = getMap();
    return shown == null ? null : shown.layout();
  }

  /** Drops what this request read, after a change. */
  public void reload() {
    sites = null;
    map = null;
  }

  public Long getSiteId() {
    return siteId;
  }
}
