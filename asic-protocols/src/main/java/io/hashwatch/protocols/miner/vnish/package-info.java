/**
 * VNish (AnthillOS) on Antminers. Readings come from its cgminer API on TCP 4028 ({@code summary},
 * {@code pools}, {@code stats}; {@code version} is refused), whose stats keep Bitmain's layout with
 * VNish's additions. Actions go over its web API {@code /api/v1} (as pyasic web/vnish.py and
 * asic-rs use it): {@code POST /api/v1/unlock {"pw":...}} gives a token sent as {@code
 * Authorization: Bearer <token>} to {@code mining/{restart,stop,start}}, {@code system/reboot} and
 * {@code settings}.
 */
package io.hashwatch.protocols.miner.vnish;
