package io.hashwatch.commander.alerts;

import io.hashwatch.protocols.report.DeviceKind;
import java.time.Instant;
import java.util.List;

/** A healthy, reporting ASIC's facts, changed one figure at a time. */
final class Miner {
  long id = 1;
  String site = "A";
  String group;
  String address = "10.0.0.5:4028";
  String status = "online";
  Instant polledAt = Instant.parse("2026-01-31T12:00:00Z");
  Double hashrateHs = 100e12;
  Double expectedHashrateHs = 100e12;
  Double medianHashrateHs1h = null;
  Double maxTempC = 70.0;
  List<Integer> fansRpm = List.of(5000, 5100);
  Integer chipsFound = 126;
  Integer chipsExpected = 126;
  Integer boardsFound = 3;
  Integer boardsExpected = 3;
  Long accepted = 1000L;
  Long rejected = 10L;
  String pool = "stratum+tcp://pool.example:3333";

  static Miner miner() {
    return new Miner();
  }

  static Miner miner(long id, String site) {
    Miner miner = new Miner();
    miner.id = id;
    miner.site = site;
    miner.address = "10.0." + id / 250 + "." + id % 250 + ":4028";
    return miner;
  }

  Miner status(String status) {
    this.status = status;
    return this;
  }

  Miner hashrate(Double hs, Double expected, Double median) {
    this.hashrateHs = hs;
    this.expectedHashrateHs = expected;
    this.medianHashrateHs1h = median;
    return this;
  }

  Miner temp(Double celsius) {
    this.maxTempC = celsius;
    return this;
  }

  Miner fans(Integer... rpm) {
    this.fansRpm = List.of(rpm);
    return this;
  }

  Miner chips(Integer found, Integer expected) {
    this.chipsFound = found;
    this.chipsExpected = expected;
    return this;
  }

  Miner boards(Integer found, Integer expected) {
    this.boardsFound = found;
    this.boardsExpected = expected;
    return this;
  }

  Miner shares(Long accepted, Long rejected) {
    this.accepted = accepted;
    this.rejected = rejected;
    return this;
  }

  Miner group(String name) {
    this.group = name;
    return this;
  }

  Miner pool(String url) {
    this.pool = url;
    return this;
  }

  DeviceFacts facts() {
    return new DeviceFacts(
        id,
        7,
        site,
        group,
        address,
        DeviceKind.ASIC,
        status,
        polledAt,
        hashrateHs,
        expectedHashrateHs,
        medianHashrateHs1h,
        maxTempC,
        fansRpm,
        chipsFound,
        chipsExpected,
        boardsFound,
        boardsExpected,
        accepted,
        rejected,
        pool);
  }
}
