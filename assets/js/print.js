/*
 * print.js: the print button, and links' addresses on paper. A file of the site itself, loaded
 * with defer: the pages' Content-Security-Policy runs no inline script and nothing from elsewhere.
 * Every page works without it: the button stays hidden, the download link and Ctrl+P remain.
 */
(function () {
  'use strict';

  // The buttons are hidden in the HTML, so that a reader without script never sees a dead one.
  document.querySelectorAll('button[data-print]').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
    button.hidden = false;
  });

  // Paper cannot follow a link: css/print.css prints the full address kept here after each link.
  // The page's links are relative (the site works under any path), so only the browser knows it.
  document.querySelectorAll('main a[href]').forEach(function (link) {
    var written = link.getAttribute('href');
    var text = link.textContent.trim();
    if (written.charAt(0) === '#' || link.hasAttribute('download') || !/^https?:/.test(link.href)
        || text === link.href || text === written) {
      return;
    }
    link.setAttribute('data-print-url', link.href);
  });

  // A closed <details> prints its summary only: open them for paper, close them again after.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('main details:not([open])').forEach(function (details) {
      details.open = true;
      opened.push(details);
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (details) {
      details.open = false;
    });
    opened = [];
  });
}());
