package io.hashwatch.commander.ear;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Does to domain1's domain.xml what {@code asadmin create-domain --portbase} does to a new domain's
 * (the two files differ in exactly these ports), and what {@code create-jvm-options} would add.
 * Each value is replaced where it stands exactly once, so a changed distribution fails loudly.
 */
final class DomainXml {
  private DomainXml() {}

  /** domain1's domain.xml moved onto {@code ports}, with {@code jvmOptions} added to the server. */
  static String rewrite(String domainXml, PortBlock ports, List<String> jvmOptions) {
    Map<String, String> replacements = new LinkedHashMap<>();
    replacements.put("das-port=\"4900\"", "das-port=\"" + ports.hazelcastDas() + '"');
    replacements.put("start-port=\"5900\"", "start-port=\"" + ports.hazelcastStart() + '"');
    replacements.put(
        "name=\"JMS_PROVIDER_PORT\" value=\"7676\"",
        "name=\"JMS_PROVIDER_PORT\" value=\"" + ports.jms() + '"');
    replacements.put("port=\"3700\"", "port=\"" + ports.iiop() + '"');
    replacements.put("port=\"3820\"", "port=\"" + ports.iiopSsl() + '"');
    replacements.put("port=\"3920\"", "port=\"" + ports.iiopMutualAuth() + '"');
    replacements.put("port=\"8686\"", "port=\"" + ports.jmx() + '"');
    replacements.put("address=9009\"", "address=" + ports.debugger() + '"');
    replacements.put("port=\"8080\"", "port=\"" + ports.http() + '"');
    replacements.put("port=\"8181\"", "port=\"" + ports.https() + '"');
    replacements.put("port=\"4848\"", "port=\"" + ports.admin() + '"');
    StringBuilder extraOptions = new StringBuilder();
    for (String option : jvmOptions) {
      extraOptions
          .append("\n                <jvm-options>")
          .append(xmlText(option))
          .append("</jvm-options>");
    }
    replacements.put(
        "<jvm-options>-Dosgi.shell.telnet.port=6666</jvm-options>",
        "<jvm-options>-Dosgi.shell.telnet.port="
            + ports.osgiShell()
            + "</jvm-options>"
            + extraOptions);

    String result = domainXml;
    for (Map.Entry<String, String> replacement : replacements.entrySet()) {
      String original = replacement.getKey();
      int first = result.indexOf(original);
      if (first < 0 || result.indexOf(original, first + 1) >= 0) {
        throw new IllegalStateException(
            "domain1's domain.xml no longer holds " + original + " exactly once: update DomainXml");
      }
      result = result.replace(original, replacement.getValue());
    }
    return result;
  }

  private static String xmlText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
