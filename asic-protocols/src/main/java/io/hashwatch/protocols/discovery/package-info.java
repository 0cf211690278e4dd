/**
 * Finding miners on a network: an IPv4 CIDR range (RFC 4632) swept with bounded concurrency, each
 * address given a short TCP connect to the miner API port and, when it answers, identified by the
 * driver registry. Progress is reported as the sweep goes.
 */
package io.hashwatch.protocols.discovery;
