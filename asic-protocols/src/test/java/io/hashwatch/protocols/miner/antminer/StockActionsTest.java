package io.hashwatch.protocols.miner.antminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerAction.PoolSetting;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.MinerTarget.Credentials;
import io.hashwatch.protocols.testing.TcpStandIn;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The web actions against a Digest-protected stand-in serving the recorded configs. */
class StockActionsTest {
  private static final String X19_SLEEPING =
      Recorded.text("antminer-stock-s19-foreman", "cgi-bin_get_miner_conf.sleeping.json");
  private static final String X19_HASHING =
      X19_SLEEPING.replace("\"bitmain-work-mode\" : \"1\"", "\"bitmain-work-mode\" : \"0\"");
  private static final String L3_CONF =
      Recorded.text("antminer-legacy-foreman", "cgi-bin_get_miner_conf.l3plus.json");

  private final AntminerDriver driver = new AntminerDriver();
  private AntminerWebStandIn miner;

  @AfterEach
  void stop() {
    if (miner != null) {
      miner.close();
    }
  }

  private MinerTarget target() {
    return MinerTarget.of("127.0.0.1", 4028).withWebPort(miner.port());
  }

  private AntminerWebStandIn miner(String conf) throws IOException {
    miner = new AntminerWebStandIn("antminer", "root", "root", conf);
    return miner;
  }

  @Test
  void rebootsWithTheFactoryLogin() throws IOException {
    miner(X19_HASHING);

    ActionResult result = driver.perform(target(), new MinerAction.Reboot());

    assertThat(result).isInstanceOf(ActionResult.Done.class);
    assertThat(miner.received())
        .extracting(AntminerWebStandIn.Received::path)
        .containsExactly("/cgi-bin/get_system_info.cgi", "/cgi-bin/reboot.cgi");
    assertThat(miner.challenges()).isEqualTo(2); // one per request: the client keeps no nonce
  }

  @Test
  void aConnectionDroppedByARebootingMinerCountsAsDone() throws IOException {
    miner(X19_HASHING).droppingOnReboot();

    ActionResult result = driver.perform(target(), new MinerAction.Reboot());

    assertThat(result).isInstanceOf(ActionResult.Done.class);
    assertThat(((ActionResult.Done) result).detail()).contains("dropped");
    // the JDK client sends a GET again when its reused connection is dropped
    assertThat(miner.received())
        .extracting(AntminerWebStandIn.Received::path)
        .contains("/cgi-bin/reboot.cgi")
        .doesNotContain("/cgi-bin/set_miner_conf.cgi");
  }

  @Test
  void aMinerThatStopsListeningAsItRebootsCountsAsDone() throws IOException {
    miner(X19_HASHING).goingAwayOnReboot();

    ActionResult result = driver.perform(target(), new MinerAction.Reboot());

    // the dropped GET is sent again and refused: the miner is down
    assertThat(result).isInstanceOf(ActionResult.Done.class);
    assertThat(((ActionResult.Done) result).detail()).contains("stopped taking connections");
    assertThat(miner.received())
        .extracting(AntminerWebStandIn.Received::path)
        .containsExactly("/cgi-bin/get_system_info.cgi", "/cgi-bin/reboot.cgi");
  }

  @Test
  void aWrongPasswordFailsWithTheHttpStatus() throws IOException {
    miner(X19_HASHING);
    MinerTarget target = target().withCredentials(new Credentials("root", "wrong"));

    ActionResult result = driver.perform(target, new MinerAction.Reboot());

    assertThat(result).isInstanceOf(ActionResult.Failed.class);
    assertThat(((ActionResult.Failed) result).reason()).contains("401").contains("root");
    assertThat(miner.received()).isEmpty();
  }

  @Test
  void theTargetsCredentialsAndTheMinersRealmAreUsed() throws IOException {
    miner = new AntminerWebStandIn("antMiner Configuration", "admin", "s3cret", X19_HASHING);
    MinerTarget target = target().withCredentials(new Credentials("admin", "s3cret"));

    assertThat(driver.perform(target, new MinerAction.Reboot()))
        .isInstanceOf(ActionResult.Done.class);
  }

  @Test
  void aMinerThatIsNotListeningFails() throws IOException {
    int closedPort = TcpStandIn.closedPort();
    MinerTarget target =
        new MinerTarget(
            "127.0.0.1",
            4028,
            closedPort,
            Credentials.DEFAULT,
            Duration.ofSeconds(1),
            Duration.ofSeconds(2));

    assertThat(driver.perform(target, new MinerAction.Reboot()))
        .isInstanceOf(ActionResult.Failed.class);
  }

  @Test
  void setsPoolsOnAnX19KeepingItsOtherSettings() throws IOException {
    miner(X19_SLEEPING);
    List<PoolSetting> pools =
        List.of(
            new PoolSetting("stratum+tcp://pool.example:3333", "farm.rig1", "x"),
            new PoolSetting("stratum+tcp://backup.example:443", "farm.rig1", ""));

    ActionResult result = driver.perform(target(), new MinerAction.SetPools(pools));

    assertThat(result).isEqualTo(new ActionResult.Done("pools set"));
    AntminerWebStandIn.Received post = posts().get(0);
    assertThat(post.contentType()).isEqualTo("text/plain;charset=UTF-8");
    JsonObject body = json(post.body());
    assertThat(body.getBoolean("bitmain-fan-ctrl")).isFalse();
    assertThat(body.getString("bitmain-fan-pwm")).isEqualTo("100");
    assertThat(body.getString("freq-level")).isEqualTo("100");
    assertThat(body.getInt("miner-mode")).isEqualTo(1); // it was asleep and stays so
    assertThat(body.getJsonArray("pools")).hasSize(3);
    assertThat(body.getJsonArray("pools").getJsonObject(0).getString("url"))
        .isEqualTo("stratum+tcp://pool.example:3333");
    assertThat(body.getJsonArray("pools").getJsonObject(1).getString("pass")).isEmpty();
    assertThat(body.getJsonArray("pools").getJsonObject(2).getString("url")).isEmpty();
    assertThat(miner.received())
        .extracting(AntminerWebStandIn.Received::path)
        .containsExactly(
            "/cgi-bin/get_miner_conf.cgi",
            "/cgi-bin/set_miner_conf.cgi",
            "/cgi-bin/get_miner_conf.cgi");
  }

  @Test
  void setsPoolsOnAnL3WithTheFormItsWebPageSends() throws Exception {
    miner(L3_CONF);
    List<PoolSetting> pools =
        List.of(
            new PoolSetting(
                "stratum+tcp://my-test-pool1.com:5588", "my-test-username1", "my-test-password1"),
            new PoolSetting(
                "stratum+tcp://my-test-pool2.com:5588", "my-test-username2", "my-test-password2"),
            new PoolSetting(
                "stratum+tcp://my-test-pool3.com:5588", "my-test-username3", "my-test-password3"));

    ActionResult result = driver.perform(target(), new MinerAction.SetPools(pools));

    assertThat(result).isInstanceOf(ActionResult.Done.class);
    AntminerWebStandIn.Received post = posts().get(0);
    assertThat(post.contentType()).isEqualTo("application/x-www-form-urlencoded");
    // the body Foreman's integration test expects from an L3+ with this config
    assertThat(post.body())
        .isEqualTo(
            "_ant_pool1url=stratum%2Btcp%3A%2F%2Fmy-test-pool1.com%3A5588"
                + "&_ant_pool1user=my-test-username1&_ant_pool1pw=my-test-password1"
                + "&_ant_pool2url=stratum%2Btcp%3A%2F%2Fmy-test-pool2.com%3A5588"
                + "&_ant_pool2user=my-test-username2&_ant_pool2pw=my-test-password2"
                + "&_ant_pool3url=stratum%2Btcp%3A%2F%2Fmy-test-pool3.com%3A5588"
                + "&_ant_pool3user=my-test-username3&_ant_pool3pw=my-test-password3"
                + "&_ant_nobeeper=false&_ant_notempoverctrl=false"
                + "&_ant_fan_customize_switch=false&_ant_fan_customize_value=&_ant_freq=384");
    assertThat(MinerConf.parse(miner.conf()).poolUrls())
        .containsExactly(
            "stratum+tcp://my-test-pool1.com:5588",
            "stratum+tcp://my-test-pool2.com:5588",
            "stratum+tcp://my-test-pool3.com:5588");
  }

  @Test
  void sleepsAnX19WithAnIntegerMinerModeAndItsPoolsKept() throws Exception {
    miner(X19_HASHING);

    ActionResult result = driver.perform(target(), new MinerAction.Sleep());

    assertThat(result).isEqualTo(new ActionResult.Done("sleeping"));
    JsonObject body = json(posts().get(0).body());
    assertThat(body.getInt("miner-mode")).isEqualTo(1);
    assertThat(body.getJsonArray("pools").getJsonObject(1).getString("url")).isEqualTo("bbb:6000");
    assertThat(body.getJsonArray("pools").getJsonObject(2).getString("user"))
        .isEqualTo("ccc.248x75");
    assertThat(MinerConf.parse(miner.conf()).workMode()).isEqualTo(1);
  }

  @Test
  void wakesASleepingX19() throws Exception {
    miner(X19_SLEEPING);

    ActionResult result = driver.perform(target(), new MinerAction.Wake());

    assertThat(result).isEqualTo(new ActionResult.Done("hashing"));
    assertThat(json(posts().get(0).body()).getInt("miner-mode")).isEqualTo(0);
  }

  @Test
  void sleepingASleepingMinerSendsNoChange() throws IOException {
    miner(X19_SLEEPING);

    assertThat(driver.perform(target(), new MinerAction.Sleep()))
        .isInstanceOf(ActionResult.Done.class);
    assertThat(posts()).isEmpty();
  }

  @Test
  void aConfigTheMinerAcceptsButIgnoresIsAFailure() throws IOException {
    miner(X19_HASHING).ignoringConfig();

    ActionResult result = driver.perform(target(), new MinerAction.Sleep());

    assertThat(result).isInstanceOf(ActionResult.Failed.class);
    assertThat(((ActionResult.Failed) result).reason()).contains("still 0");
  }

  @Test
  void anOldMinerCannotSleepAndIsNotChanged() throws IOException {
    miner(L3_CONF);

    assertThat(driver.perform(target(), new MinerAction.Sleep()))
        .isInstanceOf(ActionResult.Unsupported.class);
    assertThat(posts()).isEmpty();
  }

  @Test
  void restartingMiningAloneIsUnsupportedAndSendsNothing() throws IOException {
    miner(X19_HASHING);

    assertThat(driver.perform(target(), new MinerAction.RestartMining()))
        .isInstanceOf(ActionResult.Unsupported.class);
    assertThat(miner.challenges()).isZero();
    assertThat(miner.received()).isEmpty();
  }

  @Test
  void moreThanThreePoolsAreUnsupportedAndSendNothing() throws IOException {
    miner(X19_HASHING);
    PoolSetting pool = new PoolSetting("stratum+tcp://pool.example:3333", "w", "x");

    assertThat(driver.perform(target(), new MinerAction.SetPools(List.of(pool, pool, pool, pool))))
        .isInstanceOf(ActionResult.Unsupported.class);
    assertThat(miner.challenges()).isZero();
  }

  private List<AntminerWebStandIn.Received> posts() {
    return miner.received().stream().filter(request -> request.method().equals("POST")).toList();
  }

  private static JsonObject json(String text) {
    return CachedJsonProvider.INSTANCE.createReader(new StringReader(text)).readObject();
  }
}
