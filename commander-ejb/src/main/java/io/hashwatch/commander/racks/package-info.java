/**
 * The control room's rack map: each site's layout (rows of racks, racks of shelves, shelves of
 * slots), set by an admin, and the slot each device stands in. Plain JDBC on the tables of schema
 * version 5, so one query draws a whole site.
 */
package io.hashwatch.commander.racks;
