/**
 * HTTP to devices (web CGI of miners, their REST APIs, relay APIs): bounded bodies, timeouts on
 * every call, GET, POST and PUT, and the authentication devices use: HTTP Basic (RFC 7617), Digest
 * (RFC 7616, MD5 for Antminer, SHA-256 for Shelly Gen2+), which the JDK client does not speak, and
 * the token a login gave (Braiins OS, VNish) in the {@code Authorization} header.
 */
package io.hashwatch.protocols.http;
