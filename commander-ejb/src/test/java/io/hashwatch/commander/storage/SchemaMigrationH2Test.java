package io.hashwatch.commander.storage;

class SchemaMigrationH2Test extends SchemaMigrationScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
