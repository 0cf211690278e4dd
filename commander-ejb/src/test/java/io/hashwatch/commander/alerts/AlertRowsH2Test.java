package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.DatabaseServer;

class AlertRowsH2Test extends AlertRowsScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
