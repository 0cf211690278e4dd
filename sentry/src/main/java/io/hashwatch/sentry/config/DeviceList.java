package io.hashwatch.sentry.config;

import io.hashwatch.protocols.discovery.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code devices} list: comma-separated items, each a miner ({@code 10.0.0.5}, {@code
 * miner-7.lan:4029}, {@code [fd00::5]:4028}), an IPv4 range ({@code 10.0.0.5-10.0.0.80}) or a CIDR
 * block ({@code 10.0.1.0/24}); a range or block may end with {@code :port} too. Miners are polled
 * every sweep; ranges and blocks are searched for miners, and those found are added.
 */
public final class DeviceList {
  private static final Pattern PORT = Pattern.compile("(.+):(\\d{1,5})");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})");
  private static final Pattern IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]{2,45})](?::(\\d{1,5}))?");

  /** The miners and the ranges of one list. */
  public record Parsed(List<MinerAddress> miners, List<DiscoveryRange> ranges) {
    public Parsed {
      miners = List.copyOf(miners);
      ranges = List.copyOf(ranges);
    }
  }

  private DeviceList() {}

  /**
   * @param defaultPort the API port of items that name none
   * @throws IllegalArgumentException naming the item that is wrong
   */
  public static Parsed parse(String list, int defaultPort) {
    List<MinerAddress> miners = new ArrayList<>();
    List<DiscoveryRange> ranges = new ArrayList<>();
    for (String raw : list.split(",")) {
      String item = raw.strip();
      if (item.isEmpty()) {
        continue;
      }
      Matcher v6 = IPV6.matcher(item);
      if (v6.matches()) {
        miners.add(new MinerAddress(v6.group(1), port(v6.group(2), defaultPort, item)));
        continue;
      }
      String body = item;
      int port = defaultPort;
      Matcher withPort = PORT.matcher(item);
      if (withPort.matches()) {
        body = withPort.group(1);
        port = port(withPort.group(2), defaultPort, item);
      }
      if (body.contains("/")) {
        ranges.add(block(item, body, port));
      } else if (body.contains("-") && body.matches("[0-9.]+-[0-9.]+")) {
        ranges.add(range(item, body, port));
      } else if (IPV4.matcher(body).matches()) {
        miners.add(new MinerAddress(ipv4(body, item), port));
      } else if (HOST.matcher(body).matches()) {
        miners.add(new MinerAddress(body, port));
      } else {
        throw new IllegalArgumentException(
            "'" + item + "' is not an address, a range (10.0.0.5-10.0.0.80) or a CIDR block");
      }
    }
    return new Parsed(miners, ranges);
  }

  private static DiscoveryRange block(String item, String body, int port) {
    List<String> addresses;
    try {
      addresses = Cidr.parse(body).addresses();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + item + "': " + e.getMessage(), e);
    }
    return new DiscoveryRange(
        item,
        number(addresses.get(0), item),
        number(addresses.get(addresses.size() - 1), item),
        port);
  }

  private static DiscoveryRange range(String item, String body, int port) {
    String[] ends = body.split("-");
    long first = number(ends[0], item);
    long last = number(ends[1], item);
    if (first > last) {
      throw new IllegalArgumentException("'" + item + "': the first address is above the last");
    }
    try {
      return new DiscoveryRange(item, first, last, port);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + item + "': " + e.getMessage(), e);
    }
  }

  private static String ipv4(String body, String item) {
    number(body, item);
    return body;
  }

  private static long number(String address, String item) {
    try {
      return Cidr.parse(address).base();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + item + "': " + address + " is not an IPv4 address");
    }
  }

  private static int port(String text, int defaultPort, String item) {
    if (text == null) {
      return defaultPort;
    }
    int port = Integer.parseInt(text);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("'" + item + "': a port is 1 to 65535");
    }
    return port;
  }
}
