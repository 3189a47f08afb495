/*
 * thu-tuc.js: the procedure catalog's filter (/thu-tuc/). Without this script the catalog is the
 * full list grouped by field and level; with it, the filter form is shown and the list narrows as
 * the reader types or picks a level or an online-service level.
 *
 * Each procedure's <li> carries data-text: its name, code and field folded by the engine (lower
 * case, no diacritics, đ → d). The query is folded the same way here, so "dang ky khai sinh",
 * "Đăng ký khai sinh" and the same typed in decomposed Unicode all match. Every word of the query
 * must start a word of the procedure ("dang k" already finds "Đăng ký…").
 */
(function () {
  'use strict';
  var form = document.getElementById('tt-loc');
  if (!form || !String.prototype.normalize) {
    return;
  }
  var query = document.getElementById('tt-tu-khoa');
  var level = document.getElementById('tt-cap');
  var online = document.getElementById('tt-truc-tuyen');
  var status = document.getElementById('tt-ket-qua');
  var none = document.getElementById('tt-khong-co');
  var items = Array.prototype.slice.call(document.querySelectorAll('.procedure-list li[data-text]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.procedure-level'));
  var fields = Array.prototype.slice.call(document.querySelectorAll('[data-field]'));
  var texts = items.map(function (item) { return ' ' + item.getAttribute('data-text'); });

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/\u0111/g, 'd').replace(/\s+/g, ' ').trim();
  }

  function matchesOnline(value, wanted) {
    if (!wanted) {
      return true;
    }
    return wanted === 'co' ? value !== 'khong' : value === wanted;
  }

  function apply() {
    var words = fold(query.value).split(' ').filter(Boolean);
    var shown = 0;
    items.forEach(function (item, i) {
      var visible = (!level.value || item.getAttribute('data-level') === level.value)
        && matchesOnline(item.getAttribute('data-online'), online.value)
        && words.every(function (word) { return texts[i].indexOf(' ' + word) >= 0; });
      item.hidden = !visible;
      if (visible) {
        shown++;
      }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('li[data-text]:not([hidden])');
    });
    fields.forEach(function (field) {
      var slug = field.getAttribute('data-field');
      var section = document.getElementById('lv-' + slug);
      field.hidden = !section || !section.querySelector('li[data-text]:not([hidden])');
    });
    var filtered = words.length > 0 || level.value || online.value;
    var template = form.getAttribute(filtered ? 'data-status' : 'data-all');
    status.textContent = template.replace('{0}', shown).replace('{1}', items.length);
    none.hidden = shown > 0;
  }

  form.hidden = false;
  var params = new URLSearchParams(window.location.search);
  if (params.has('q')) {
    query.value = params.get('q');
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', function () {
    window.setTimeout(apply, 0);
  });
  apply();
}());
