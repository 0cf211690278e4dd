/*
 * The device page's part of live updates: live.js sets the pushed figures; the efficiency is not
 * pushed, so it is worked out here from the pushed power and hashrate, per the hashrate's unit
 * (J/TH, J/MH...) as DeviceDetails.efficiencyText does.
 */
(function () {
  "use strict";
  var UNITS = ["H", "kH", "MH", "GH", "TH"];
  document.addEventListener("hashwatch:live", function (event) {
    var element = document.querySelector("[data-efficiency-device]");
    if (!element) return;
    var id = element.getAttribute("data-efficiency-device");
    (event.detail.devices || []).forEach(function (device) {
      if (String(device.id) !== id) return;
      var w = device.powerW, hs = device.hashrateHs;
      if (w === undefined || w === null || !hs || hs <= 0) {
        element.textContent = "\u2013";
        return;
      }
      var unit = 4;
      while (unit > 0 && hs < Math.pow(1000, unit)) unit--;
      element.textContent = (w / (hs / Math.pow(1000, unit))).toFixed(1) + " J/" + UNITS[unit];
    });
  });
})();
