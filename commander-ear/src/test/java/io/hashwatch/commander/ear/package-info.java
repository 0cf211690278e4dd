/**
 * Checks on commander.ear: its layout (each class once, the MicroProfile Config defaults in lib/)
 * and a real deployment on Payara Server 6 (Jakarta EE 10), driven through {@code asadmin}.
 */
package io.hashwatch.commander.ear;
