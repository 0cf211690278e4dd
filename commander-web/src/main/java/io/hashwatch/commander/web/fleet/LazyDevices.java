package io.hashwatch.commander.web.fleet;

import io.hashwatch.commander.fleet.DeviceFilter;
import io.hashwatch.commander.fleet.DeviceSort;
import io.hashwatch.commander.fleet.DeviceSummary;
import io.hashwatch.commander.fleet.DeviceTable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The devices table's rows, a page at a time from {@link DeviceTable}: the database filters, sorts
 * and pages, so the table never holds more than one page of the farm. The filter is the page's own
 * search box and status menu, not the table's column filters.
 */
final class LazyDevices extends LazyDataModel<DeviceSummary> {
  private static final Map<String, DeviceSort> SORTS =
      Map.of(
          "address", DeviceSort.ADDRESS,
          "model", DeviceSort.MODEL,
          "status", DeviceSort.STATUS,
          "hashrateHs", DeviceSort.HASHRATE,
          "maxTempC", DeviceSort.TEMPERATURE,
          "powerW", DeviceSort.POWER,
          "lastSeen", DeviceSort.LAST_SEEN);

  private final DeviceTable table;
  private final SerializableFilter filter;
  private List<DeviceSummary> page = List.of();

  /** The page's current filter; serializable, as the model lives in the view state. */
  interface SerializableFilter extends Supplier<DeviceFilter>, java.io.Serializable {}

  LazyDevices(DeviceTable table, SerializableFilter filter) {
    this.table = table;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, table.count(filter.get()));
  }

  @Override
  public List<DeviceSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    DeviceSort by =
        sort == null ? DeviceSort.ADDRESS : SORTS.getOrDefault(sort.getField(), DeviceSort.ADDRESS);
    boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
    page = table.page(filter.get(), by, descending, first, pageSize);
    return page;
  }

  @Override
  public String getRowKey(DeviceSummary device) {
    return Long.toString(device.id());
  }

  @Override
  public DeviceSummary getRowData(String rowKey) {
    return page.stream().filter(d -> getRowKey(d).equals(rowKey)).findFirst().orElse(null);
  }
}
