// Injected by `hubwatch serve` only; never part of the built site.
// Listens for rebuilds on an event stream named after this page, and reloads when what the page shows changes.
(function () {
  'use strict';
  var script = document.currentScript;
  var version = script.getAttribute('data-version');
  var events = new EventSource(script.getAttribute('data-events'));
  events.onmessage = function (event) {
    if (event.data !== version) {
      events.close();
      window.location.reload();
    }
  };
})();
