package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.DatabaseServer;

class AlertBoardH2Test extends AlertBoardScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
