/**
 * The normalized result of one poll of one device, whatever its firmware or program: a {@link
 * io.hashwatch.protocols.reading.Reading} with the figures the device gave, or why there is none. A
 * figure the device does not give is {@code null}, never 0. The JSON form is documented in
 * docs/READING.md.
 */
package io.hashwatch.protocols.reading;
