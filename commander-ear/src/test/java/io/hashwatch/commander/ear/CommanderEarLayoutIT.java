package io.hashwatch.commander.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the EAR holds, checked on the built file: mistakes here show up at deploy time otherwise.
 */
class CommanderEarLayoutIT {
  private static final String DEFAULTS = "META-INF/microprofile-config.properties";
  private static final String CONFIG_JAR = "lib/commander-config.jar";

  /** Archive in the EAR -> the entries it holds. */
  private static final Map<String, List<String>> ARCHIVES = new HashMap<>();

  private static final Properties DEFAULTS_IN_LIB = new Properties();

  @BeforeAll
  static void readEar() throws IOException {
    try (ZipFile ear = new ZipFile(Path.of(System.getProperty("commander.ear")).toFile())) {
      for (ZipEntry entry : Collections.list(ear.entries())) {
        if (entry.getName().endsWith(".jar") || entry.getName().endsWith(".war")) {
          ARCHIVES.put(entry.getName(), readArchive(ear.getInputStream(entry), entry.getName()));
        }
      }
    }
  }

  @Test
  void everyCommanderClassIsPackedOnce() {
    Map<String, List<String>> archivesByClass = new HashMap<>();
    ARCHIVES.forEach(
        (archive, entries) ->
            entries.stream()
                .filter(name -> name.contains("io/hashwatch/") && name.endsWith(".class"))
                .map(name -> name.substring(name.indexOf("io/hashwatch/")))
                .forEach(
                    name ->
                        archivesByClass
                            .computeIfAbsent(name, k -> new ArrayList<>())
                            .add(archive)));

    assertThat(archivesByClass).isNotEmpty();
    assertThat(archivesByClass).allSatisfy((name, archives) -> assertThat(archives).hasSize(1));
    assertThat(archivesByClass.get("io/hashwatch/commander/storage/SchemaMigration.class"))
        .containsExactly("commander-ejb.jar");
  }

  @Test
  void webModuleBringsOnlyItsComponentLibrary() {
    assertThat(ARCHIVES.get("commander-web.war"))
        .filteredOn(name -> name.startsWith("WEB-INF/lib/") && name.endsWith(".jar"))
        .singleElement()
        .satisfies(name -> assertThat(name).startsWith("WEB-INF/lib/primefaces-"));
  }

  @Test
  void configDefaultsSitInTheSharedLibraries() {
    assertThat(ARCHIVES.get(CONFIG_JAR)).contains(DEFAULTS);
    assertThat(DEFAULTS_IN_LIB)
        .containsKeys(
            "hashwatch.data.dir",
            "hashwatch.db.url",
            "hashwatch.db.datasource",
            "hashwatch.db.user",
            "hashwatch.db.password");
  }

  /**
   * Lists the archive's entries, loading the config defaults on the way when it is the config jar.
   */
  private static List<String> readArchive(InputStream archive, String archiveName)
      throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        if (archiveName.equals(CONFIG_JAR) && entry.getName().equals(DEFAULTS)) {
          DEFAULTS_IN_LIB.load(zip);
        }
      }
    }
    return names;
  }
}
