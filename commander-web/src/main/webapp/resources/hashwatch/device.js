/*
 * The device page's part of live updates: live.js sets the pushed figures; the efficiency is not
 * pushed, so it is worked out here from the pushed power and hashrate, as Format.efficiency does.
 */
(function () {
  "use strict";
  document.addEventListener("hashwatch:live", function (event) {
    var element = document.querySelector("[data-efficiency-device]");
    if (!element) return;
    var id = element.getAttribute("data-efficiency-device");
    (event.detail.devices || []).forEach(function (device) {
      if (String(device.id) !== id) return;
      var w = device.powerW, hs = device.hashrateHs;
      element.textContent = w === undefined || w === null || !hs || hs <= 0
        ? "\u2013" : (w / (hs / 1e12)).toFixed(1) + " J/TH";
    });
  });
})();
