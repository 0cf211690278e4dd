/**
 * Live updates of the devices to open pages over WebSocket (Jakarta WebSocket 2.1, RFC 6455): the
 * devices a stored report changed, coalesced into one message per page per second.
 */
package io.hashwatch.commander.web.live;
