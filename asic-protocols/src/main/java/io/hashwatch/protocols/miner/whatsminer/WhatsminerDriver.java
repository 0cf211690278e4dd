package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.PollGuard;
import io.hashwatch.protocols.model.ModelCatalog;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * MicroBT Whatsminer with its btminer firmware. It speaks the cgminer-style API on the target's API
 * port (v1/v2, writes encrypted) and, on firmware from 2024 on, API v3 on TCP 4433. The v2 API is
 * tried first, as most fleets still run it and newer firmware keeps answering it; when it is
 * closed, refused or answers nonsense (not when it times out: the miner is then down, and a second
 * wait would only double the sweep's cost) the same poll or action goes to API v3. What each miner
 * showed of itself is remembered ({@link KnownMiners}) so that later polls skip what it refuses; a
 * miner that stops answering, or is sent an action, is forgotten and learnt again.
 */
public final class WhatsminerDriver implements MinerDriver {
  public static final String FIRMWARE = "whatsminer";
  public static final String MAKE = "MicroBT";
  public static final String ALGORITHM = "SHA256";
  public static final int API_V3_PORT = 4433;

  /** The v1/v2 write password when the target has none: the web admin's factory password. */
  public static final String DEFAULT_V2_PASSWORD = "admin";

  private final int apiV3Port;
  private final ModelLookup models;
  private final Clock clock;
  private final KnownMiners known;

  public WhatsminerDriver() {
    this(API_V3_PORT, ModelCatalog.standard(), Clock.systemUTC());
  }

  /**
   * @param apiV3Port where API v3 listens (4433 on real miners)
   * @param clock gives the {@code ts} of v3 write tokens
   */
  public WhatsminerDriver(int apiV3Port, ModelCatalog catalog, Clock clock) {
    this(apiV3Port, catalog::find, clock);
  }

  WhatsminerDriver(int apiV3Port, ModelLookup models, Clock clock) {
    this.apiV3Port = apiV3Port;
    this.models = Objects.requireNonNull(models, "models");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.known = new KnownMiners(clock, KnownMiners.MAX_MINERS);
  }

  @Override
  public String firmware() {
    return FIRMWARE;
  }

  @Override
  public boolean recognizes(Fingerprint fingerprint) {
    return WhatsminerFingerprint.matches(fingerprint);
  }

  @Override
  public PollResult poll(MinerTarget target) {
    KnownMiner miner = known.recall(target.address());
    if (miner.apiV3Only()) {
      return PollGuard.run(target, "API v3: ", forgettingOnFailure(target, () -> readV3(target)));
    }
    return PollGuard.run(target, forgettingOnFailure(target, () -> readV2(target, miner)));
  }

  /**
   * API v1/v2, and API v3 when that is closed, refused or answers nonsense; not when it times out:
   * the miner is then down, and a second wait would only double the sweep's cost.
   */
  private PollResult readV2(MinerTarget target, KnownMiner miner) throws DeviceException {
    ApiV2Poll.Outcome outcome;
    try {
      outcome = ApiV2Poll.read(target.cgminer(), miner);
    } catch (DeviceException e) {
      if (e instanceof DeviceTimeoutException) {
        throw e;
      }
      known.forget(target.address());
      return pollV3(target, e);
    }
    PollResult result = ApiV2Reading.parse(outcome.replies(), models);
    known.remember(target.address(), outcome.learnt());
    return result;
  }

  /**
   * API v3 after API v1/v2 failed; when it fails too, both reasons are given, and the miner is down
   * only when neither API could be reached.
   */
  private PollResult pollV3(MinerTarget target, DeviceException v2Failure) {
    try {
      PollResult result = readV3(target);
      known.remember(target.address(), KnownMiner.API_V3_ONLY);
      return result;
    } catch (DeviceException e) {
      List<String> reasons = List.of(v2Failure.getMessage(), "API v3: " + e.getMessage());
      boolean down =
          v2Failure instanceof DeviceConnectException
              && (e instanceof DeviceConnectException || e instanceof DeviceTimeoutException);
      return down ? new Unreachable(reasons) : new Rejected(reasons);
    }
  }

  private PollResult readV3(MinerTarget target) throws DeviceException {
    return ApiV3Reading.parse(ApiV3Poll.read(ApiV3Client.of(target, apiV3Port)), models);
  }

  /**
   * {@code poll}, forgetting what the miner showed of itself when it fails: a miner that stops
   * answering may come back with other firmware, and the next poll tries API v1/v2 first again.
   */
  private PollGuard.Poll forgettingOnFailure(MinerTarget target, PollGuard.Poll poll) {
    return () -> {
      try {
        return poll.poll();
      } catch (DeviceException | RuntimeException e) {
        known.forget(target.address());
        throw e;
      }
    };
  }

  @Override
  public ActionResult perform(MinerTarget target, MinerAction action) {
    known.forget(target.address()); // a reboot, power-off or new pools change what it answers
    if (action instanceof MinerAction.SetPools set && set.pools().size() > ApiV2Writer.MAX_POOLS) {
      return new ActionResult.Unsupported(
          "a Whatsminer takes at most "
              + ApiV2Writer.MAX_POOLS
              + " pools, not "
              + set.pools().size());
    }
    CgminerClient client = target.cgminer();
    ApiV2Cipher cipher;
    try {
      cipher = ApiV2Writer.token(client, target.credentials().passwordOr(DEFAULT_V2_PASSWORD));
    } catch (DeviceTimeoutException e) {
      return new ActionResult.Failed(e.getMessage());
    } catch (DeviceException e) {
      return performV3(target, action, e);
    } catch (RuntimeException e) {
      return new ActionResult.Failed("the get_token reply could not be read: " + e.getMessage());
    }
    return ApiV2Writer.send(client, cipher, ApiV2Writer.commandFor(action));
  }

  private ActionResult performV3(
      MinerTarget target, MinerAction action, DeviceException v2Failure) {
    ApiV3Client client = ApiV3Client.of(target, apiV3Port);
    ApiV3Writer.Command command = ApiV3Writer.commandFor(action);
    try {
      String salt = ApiV3Writer.salt(client);
      String request =
          ApiV3Writer.request(
              command,
              target.credentials().userOr(ApiV3Writer.DEFAULT_ACCOUNT),
              target.credentials().passwordOr(ApiV3Writer.DEFAULT_PASSWORD),
              salt,
              clock.instant().getEpochSecond());
      return ApiV3Writer.send(client, request, command);
    } catch (DeviceException e) {
      return new ActionResult.Failed(
          "get_token: " + v2Failure.getMessage() + "; API v3: " + e.getMessage());
    } catch (RuntimeException e) {
      return new ActionResult.Failed("the API v3 salt reply could not be read: " + e.getMessage());
    }
  }
}
