package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class ReportWriterH2Test extends ReportWriterScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
