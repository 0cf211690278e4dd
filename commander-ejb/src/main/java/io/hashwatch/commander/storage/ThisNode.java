package io.hashwatch.commander.storage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This commander node's name, as it holds the once-per-farm leases ({@link FarmLease}): {@code
 * hashwatch.node}, or the host name and a random suffix, so that two nodes on one host (or a node
 * restarted before its old lease expired) never take each other for themselves.
 */
@ApplicationScoped
public class ThisNode {
  @Inject
  @ConfigProperty(name = "hashwatch.node")
  Optional<String> configured;

  private String name;

  @PostConstruct
  void choose() {
    name = configured.filter(given -> !given.isBlank()).orElseGet(ThisNode::hostAndRandom);
  }

  public String name() {
    return name;
  }

  private static String hostAndRandom() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "commander";
    }
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
