/** The fleet API: registering sentries, listing devices with their state and history. */
package io.hashwatch.commander.web.fleet;
