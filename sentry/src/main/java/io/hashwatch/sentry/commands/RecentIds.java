package io.hashwatch.sentry.commands;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the commands started lately, at most {@code capacity}, the oldest forgotten first. The
 * commander sends a command in each answer until its result arrives; this keeps it from running
 * twice. An id forgotten is harmless: by then the commander has long had its result.
 */
final class RecentIds {
  private final Map<Long, Boolean> ids;

  RecentIds(int capacity) {
    this.ids =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Adds {@code id}; false when it was already there. */
  synchronized boolean add(long id) {
    return ids.put(id, Boolean.TRUE) == null;
  }

  synchronized boolean contains(long id) {
    return ids.containsKey(id);
  }
}
