/**
 * Live updates across the nodes of a cluster: every node passes on to its own open pages what the
 * other nodes stored, read back from the one database they share (the device states other nodes
 * ingested, the open alerts' counts), so a page sees the whole farm whichever node it is connected
 * to, also while the nodes' grid is split. The pages themselves are commander-web's {@code
 * web.live}.
 */
package io.hashwatch.commander.live;
