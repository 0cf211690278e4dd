/**
 * The device page (app/device.xhtml?id=N): one device's latest reading (docs/READING.md) laid out
 * for people, its charts from the raw readings and rollups, its recent events, and the commands an
 * operator sends it (docs/API.md, "Commands"). The beans only load and act; the view records are
 * built here by plain classes so that they are tested without a container.
 */
package io.hashwatch.commander.web.device;
