/*
 * Live updates for every page (docs/UI.md): one WebSocket to /api/v1/live, opened with the page's
 * signed-in session, reconnecting with a growing pause. Each message lists the devices changed in the
 * last second. Elements marked data-live-device="ID" data-live-field="hashrateHs|powerW|maxTempC|status|time"
 * get the new figure as text; elements marked data-live-device="ID" data-live-status get the class
 * hw-status-STATUS. A message with "alerts" (the open alerts by severity) sets the text of the
 * elements marked data-live-alerts="open|critical|warning|info" and gives them the class
 * hw-alerts-none while their count is 0. Pages that need more listen to the "hashwatch:live" event
 * (detail: the message).
 */
(function () {
  "use strict";
  var HASHRATE_UNITS = ["H/s", "kH/s", "MH/s", "GH/s", "TH/s", "PH/s", "EH/s"];
  var ABSENT = "\u2013";
  var STATUSES = ["online", "offline", "error", "no-data", "unknown", "warning", "sleeping"];

  var format = {
    hashrateHs: function (hs) {
      if (hs === undefined || hs === null || !isFinite(hs)) return ABSENT;
      var value = hs, unit = 0;
      while (Math.abs(value) >= 1000 && unit < HASHRATE_UNITS.length - 1) { value /= 1000; unit++; }
      return value.toFixed(2) + " " + HASHRATE_UNITS[unit];
    },
    powerW: function (w) {
      if (w === undefined || w === null || !isFinite(w)) return ABSENT;
      return Math.abs(w) >= 10000 ? (w / 1000).toFixed(1) + " kW" : w.toFixed(0) + " W";
    },
    maxTempC: function (c) {
      return c === undefined || c === null || !isFinite(c) ? ABSENT : c.toFixed(0) + " \u00b0C";
    },
    status: function (s) { return s || ABSENT; },
    time: function (t) { return t ? t.replace("T", " ").replace(/\.\d+Z$/, "Z").replace("Z", " UTC") : ABSENT; }
  };

  var state = { socket: null, pause: 1000, messages: 0, received: {}, format: format };
  window.hashwatch = state;

  function contextPath() {
    var scripts = document.getElementsByTagName("script");
    for (var i = 0; i < scripts.length; i++) {
      var src = scripts[i].getAttribute("src") || "";
      var at = src.indexOf("/jakarta.faces.resource/hashwatch/live.js");
      if (at >= 0) return src.substring(0, at);
    }
    return "";
  }

  function indicate(text, css) {
    var element = document.getElementById("live-status");
    if (!element) return;
    element.textContent = text;
    element.className = "hw-live " + css;
  }

  function apply(device) {
    var marked = document.querySelectorAll('[data-live-device="' + device.id + '"]');
    for (var i = 0; i < marked.length; i++) {
      var element = marked[i];
      var field = element.getAttribute("data-live-field");
      if (field && format[field]) element.textContent = format[field](device[field]);
      if (element.hasAttribute("data-live-status")) {
        STATUSES.forEach(function (s) { element.classList.remove("hw-status-" + s); });
        element.classList.add("hw-status-" + device.status);
      }
    }
  }

  function applyAlerts(counts) {
    var marked = document.querySelectorAll("[data-live-alerts]");
    for (var i = 0; i < marked.length; i++) {
      var count = counts[marked[i].getAttribute("data-live-alerts")];
      if (typeof count !== "number") continue;
      marked[i].textContent = String(count);
      marked[i].classList.toggle("hw-alerts-none", count === 0);
    }
  }

  function receive(event) {
    var message;
    try { message = JSON.parse(event.data); } catch (e) { return; }
    var now = Date.now();
    state.messages++;
    (message.devices || []).forEach(function (device) {
      state.received[device.id] = now;
      apply(device);
    });
    if (message.alerts) applyAlerts(message.alerts);
    document.dispatchEvent(new CustomEvent("hashwatch:live", { detail: message }));
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + contextPath() + "/api/v1/live");
    state.socket = socket;
    socket.onopen = function () { state.pause = 1000; indicate("live", "hw-live-open"); };
    socket.onmessage = receive;
    socket.onclose = function () {
      indicate("reconnecting", "hw-live-closed");
      setTimeout(connect, state.pause);
      state.pause = Math.min(state.pause * 2, 30000);
    };
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", connect);
  } else {
    connect();
  }
})();
