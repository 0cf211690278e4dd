package io.hashwatch.commander.alerts;

import java.util.List;

/**
 * Everything one evaluation looks at.
 *
 * @param trustedPools the pool URLs the farm mines on; empty means pools are not checked
 */
public record FarmFacts(
    List<DeviceFacts> devices, List<SentryFacts> sentries, List<String> trustedPools) {
  public FarmFacts {
    devices = List.copyOf(devices);
    sentries = List.copyOf(sentries);
    trustedPools = List.copyOf(trustedPools);
  }
}
