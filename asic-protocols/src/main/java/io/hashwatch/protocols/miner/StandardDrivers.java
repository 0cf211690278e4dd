package io.hashwatch.protocols.miner;

import io.hashwatch.protocols.miner.antminer.AntminerDriver;
import io.hashwatch.protocols.miner.avalon.AvalonDriver;
import io.hashwatch.protocols.miner.braiins.BraiinsDriver;
import io.hashwatch.protocols.miner.epic.EpicDriver;
import io.hashwatch.protocols.miner.luxos.LuxosDriver;
import io.hashwatch.protocols.miner.vnish.VnishDriver;
import io.hashwatch.protocols.miner.whatsminer.WhatsminerDriver;
import java.util.List;

/**
 * Every driver Hashwatch ships, in the order identification tries them: firmwares that name
 * themselves first, Antminer stock (recognized by an Antminer model in the version reply) last.
 */
public final class StandardDrivers {

  private StandardDrivers() {}

  public static DriverRegistry registry() {
    return new DriverRegistry(
        List.of(
            new EpicDriver(),
            new BraiinsDriver(),
            new LuxosDriver(),
            new VnishDriver(),
            new WhatsminerDriver(),
            new AvalonDriver(),
            new AntminerDriver()));
  }
}
