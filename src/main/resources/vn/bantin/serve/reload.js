// bantin serve only: reloads the page when the site has been baked again (after a saved change,
// good or failed). The preview server adds this file to the pages it serves; it is never part
// of the baked site. It asks the server for the id of the current bake twice a second.
(function () {
  'use strict';
  var script = document.currentScript;
  var build = script ? script.getAttribute('data-build') : null;
  var url = script ? new URL('build', script.src).href : '/__bantin/build';
  var quiet = 500;
  var delay = quiet;

  function poll() {
    fetch(url, { cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (id) {
        if (build !== null && id.trim() !== build) {
          window.location.reload();
          return;
        }
        delay = quiet;
        window.setTimeout(poll, delay);
      })
      .catch(function () {
        // The preview is stopped or restarting: ask again, less often.
        delay = Math.min(delay * 2, 5000);
        window.setTimeout(poll, delay);
      });
  }

  window.setTimeout(poll, quiet);
})();
