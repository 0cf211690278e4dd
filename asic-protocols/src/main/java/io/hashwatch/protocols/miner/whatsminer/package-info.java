/**
 * MicroBT Whatsminer (btminer firmware). API v1/v2 on TCP 4028: the cgminer JSON API for reads
 * ({@code summary}, {@code devs}, {@code pools}, {@code devdetails}; {@code {"cmd":"get_version"}}
 * with STATUS as a string), writes encrypted with a {@code get_token} md5-crypt key and AES-256-ECB
 * (../shared/guide PROTOCOLS.md section 2, verified against the real vector of Foreman's
 * WhatsminerBlinkITest). API v3 on TCP 4433 for firmware from 2024 on: length-prefixed JSON with
 * lower-case replies and SHA-256 write tokens (PROTOCOLS.md section 3; pyasic {@code
 * BTMinerV3RPCAPI}, asic-rs {@code whatsminer/backends/v3}).
 */
package io.hashwatch.protocols.miner.whatsminer;
