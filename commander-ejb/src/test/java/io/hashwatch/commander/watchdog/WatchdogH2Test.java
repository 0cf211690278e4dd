package io.hashwatch.commander.watchdog;

import io.hashwatch.commander.storage.DatabaseServer;

class WatchdogH2Test extends WatchdogScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
