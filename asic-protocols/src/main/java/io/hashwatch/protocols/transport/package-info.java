/**
 * What can go wrong talking to a device, as a small family of checked exceptions: it did not answer
 * in time, it could not be reached, or it answered with an error or with data that could not be
 * understood. Drivers turn these into {@link io.hashwatch.protocols.reading.PollResult}s.
 */
package io.hashwatch.protocols.transport;
