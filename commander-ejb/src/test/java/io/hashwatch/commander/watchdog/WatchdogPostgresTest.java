package io.hashwatch.commander.watchdog;

import io.hashwatch.commander.storage.DatabaseServer;

class WatchdogPostgresTest extends WatchdogScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
