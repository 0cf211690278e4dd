/**
 * The control room page: each site's rack map drawn as plain HTML cells (one query per site, no
 * component per cell), coloured by status or temperature and kept live by hashwatch/live.js, and
 * the admin's layout and placement forms.
 */
package io.hashwatch.commander.web.racks;
