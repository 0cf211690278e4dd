package io.hashwatch.sentry.rig;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.report.DeviceKind;

/** One device's result of one rig reading, before the outbox gives it a sequence number. */
public record RigEntry(String address, DeviceKind kind, PollResult result) {}
