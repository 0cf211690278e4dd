package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class ReportWriterPostgresTest extends ReportWriterScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
