package io.hashwatch.commander.storage;

class SchemaMigrationPostgresTest extends SchemaMigrationScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
