/**
 * The sentry's outbox: every poll result waits on disk, in order and numbered, until the commander
 * holds it, so a crash, a power loss or a commander outage loses nothing but what the bounds drop.
 *
 * <p>Layout of the directory (one process at a time, held by an OS lock on {@code outbox.lock}):
 *
 * <ul>
 *   <li>{@code NNNNNNNNNNNNNNNNNNNN.seg}: segment files, named by the stored seq of their first
 *       record, each up to {@link io.hashwatch.sentry.outbox.OutboxSettings#segmentBytes()}. A
 *       record is {@code [length][CRC32C][seq][time][entry JSON]} ({@code RecordCodec}); the JSON
 *       is the entry's form in a report (docs/API.md).
 *   <li>{@code outbox.state}: the offset from stored to wire seqs, the mark up to which entries are
 *       acknowledged or dropped, the last seq given, and the dropped count, replaced atomically
 *       (temporary file, fsync, rename, fsync of the directory).
 * </ul>
 *
 * <p>Records are written with positional writes straight to the file, with no buffer in the JVM, so
 * a process that is killed (SIGKILL included) loses nothing it appended: the kernel has it. What a
 * power loss can lose depends on {@link io.hashwatch.sentry.outbox.OutboxSettings.Fsync}. Recovery
 * at open cuts a torn or damaged tail of a segment ({@code SegmentRecovery}) and keeps everything
 * before it. Space is reclaimed and the bounds are applied a whole segment at a time. See
 * sentry/README.md ("Outbox") for the operator's view.
 */
package io.hashwatch.sentry.outbox;
