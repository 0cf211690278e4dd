/*
 * The control room's rack map (docs/UI.md): the "colour by" choice (kept in localStorage), and live
 * temperature colouring. live.js recolours status by itself (data-live-status); this recolours the
 * temperature band from each pushed device's maxTempC, with the bounds of TemperatureBand.java.
 */
(function () {
  "use strict";
  var BANDS = ["none", "cool", "warm", "hot", "critical"];
  var KEY = "hashwatch.controlRoom.colour";

  function band(celsius) {
    if (celsius === undefined || celsius === null || !isFinite(celsius)) return "none";
    if (celsius < 60) return "cool";
    if (celsius < 75) return "warm";
    return celsius < 85 ? "hot" : "critical";
  }

  function colourBy(mode) {
    var area = document.getElementById("rack-map-area");
    if (!area) return;
    area.classList.remove("hw-colour-status", "hw-colour-temperature");
    area.classList.add(mode === "temperature" ? "hw-colour-temperature" : "hw-colour-status");
  }

  function setUp() {
    var select = document.getElementById("colour-mode");
    if (!select) return;
    var saved = null;
    try { saved = localStorage.getItem(KEY); } catch (e) { /* storage off: the default */ }
    if (saved === "temperature" || saved === "status") select.value = saved;
    colourBy(select.value);
    select.addEventListener("change", function () {
      try { localStorage.setItem(KEY, select.value); } catch (e) { /* storage off */ }
      colourBy(select.value);
    });
  }

  document.addEventListener("hashwatch:live", function (event) {
    (event.detail.devices || []).forEach(function (device) {
      var cell = document.getElementById("cell-" + device.id);
      if (!cell) return;
      BANDS.forEach(function (b) { cell.classList.remove("hw-temp-" + b); });
      cell.classList.add("hw-temp-" + band(device.maxTempC));
    });
  });

  window.hashwatchControlRoom = { colourBy: colourBy, band: band };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
