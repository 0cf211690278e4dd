/**
 * The cgminer RPC API on TCP 4028 (ckolivas/cgminer API-README and api.c), spoken by bmminer,
 * btminer, bosminer, LuxOS, VNish, Avalon and others: one request per connection, a reply read to
 * EOF or to its terminating NUL, JSON repaired for the known firmware bugs (../shared/guide
 * PROTOCOLS.md section 1.6).
 */
package io.hashwatch.protocols.cgminer;
