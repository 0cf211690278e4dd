package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.DatabaseServer;

class AlertCycleH2Test extends AlertCycleScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
