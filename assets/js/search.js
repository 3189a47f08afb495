/*
 * search.js: the search page of a bantin bulletin (/tim-kiem/?q=...), a module with no build step
 * and no library. It reads the query from the address or the form, asks search-index.js for the
 * results, and lists them: title (a link), kind, date, section, snippet, the query's words marked.
 *
 * The page's words come from its data-* attributes (the templates' messages). A browser without
 * modules never runs this file, and the page's message that search needs JavaScript stays.
 */
import { fold, openIndex, parseQuery } from './search-index.js';

const PAGE = 10;
/** A word as shown, marks included; and a run of words joined by ". / -" (a number, a code). */
const PART = /[\p{L}\p{M}\p{Nd}]+/gu;
const TOKEN = /[\p{L}\p{M}\p{Nd}]+(?:[./\-\u2010-\u2015\u2212][\p{L}\p{M}\p{Nd}]+)*/gu;

const box = document.getElementById('search');
const indexLink = document.getElementById('search-index');
if (box && indexLink) {
  start(box, openIndex(indexLink.href));
}

function start(box, index) {
  const form = box.querySelector('form');
  const input = document.getElementById('search-q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const baseTitle = document.title;
  let current = null;

  const noScript = document.getElementById('search-nojs');
  if (noScript) {
    noScript.remove();
  }

  /** A message of the templates (data-msg-*) with {0} and {1} filled in. */
  const message = (name, first, second) => (box.getAttribute('data-msg-' + name) || '')
    .replace('{0}', String(first)).replace('{1}', String(second));

  /** Shows the next results of the current search; moves the focus to the first when asked. */
  async function showMore(focusFirst) {
    const search = current;
    const entries = await index.describe(search.ids.slice(search.shown, search.shown + PAGE));
    if (search !== current) {
      return;
    }
    const links = entries.map((entry) => showResult(entry, search.query));
    search.shown += entries.length;
    more.hidden = search.shown >= search.ids.length;
    if (focusFirst && links.length) {
      links[0].focus();
      status.textContent = message('shown', search.shown, search.ids.length);
    }
  }

  function showResult(entry, query) {
    const item = element('li', 'search-result', list);
    const link = element('a', null, element('h2', 'search-result-title', item));
    link.href = entry.url;
    link.append(highlighted(entry.title, query));
    const meta = element('p', 'search-result-meta', item);
    element('span', 'search-kind', meta).textContent = box.getAttribute('data-kind-' + entry.kind) || entry.kind;
    if (entry.date) {
      meta.append(' · ');
      const time = element('time', null, meta);
      time.textContent = entry.date;
      if (entry.dateIso) {
        time.dateTime = entry.dateIso;
      }
    }
    if (entry.section) {
      meta.append(' · ' + entry.section);
    }
    if (entry.snippet) {
      element('p', 'search-result-snippet', item).append(highlighted(entry.snippet, query));
    }
    return link;
  }

  /**
   * Runs a search and shows its first results. The list is aria-busy until they are shown (or
   * the search failed), which is also what the browser tests wait for.
   */
  async function run(typed) {
    const query = parseQuery(typed);
    query.forms = typedForms(typed);
    list.textContent = '';
    list.setAttribute('aria-busy', 'true');
    more.hidden = true;
    current = null;
    if (!query.words.length) {
      status.textContent = '';
      document.title = baseTitle;
      list.setAttribute('aria-busy', 'false');
      return;
    }
    const search = { typed: typed.trim(), query, shown: 0 };
    current = search;
    status.textContent = message('loading', 0, search.typed);
    document.title = message('title', 0, search.typed) + ' — ' + baseTitle.replace(/^[^—]*— /, '');
    try {
      const ranked = await index.rank(query);
      if (search !== current) {
        return;
      }
      search.ids = ranked.ids;
      await showMore(false);
      const total = ranked.ids.length;
      const name = total === 0 ? 'none' : !ranked.allWords ? 'partial' : total === 1 ? 'found-one' : 'found';
      if (search === current) {
        status.textContent = message(name, total, search.typed);
      }
    } catch (error) {
      if (search === current) {
        status.textContent = message('error', 0, search.typed);
      }
    } finally {
      if (search === current) {
        list.setAttribute('aria-busy', 'false');
      }
    }
  }

  const queryOfAddress = () => new URLSearchParams(location.search).get('q') || '';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const address = new URL(location.href);
    address.searchParams.set('q', input.value);
    if (address.href !== location.href) {
      history.pushState(null, '', address.href);
    }
    run(input.value);
  });
  more.addEventListener('click', () => {
    if (current && current.ids) {
      showMore(true);
    }
  });
  window.addEventListener('popstate', () => {
    input.value = queryOfAddress();
    run(input.value);
  });
  input.value = queryOfAddress();
  run(input.value);
}

/**
 * The words a reader typed with diacritics, by their folded form: "một cửa" gives
 * {mot: ["một"], cua: ["cửa"]}. Then "cửa" is marked but "của" is not; the results are the same.
 */
function typedForms(typed) {
  const forms = {};
  for (const [word] of typed.normalize('NFC').toLowerCase().matchAll(PART)) {
    const folded = fold(word);
    if (folded !== word) {
      (forms[folded] = forms[folded] || []).push(word);
    }
  }
  return forms;
}

function isQueryWord(word, query) {
  const folded = fold(word);
  const forms = query.forms[folded];
  return query.words.includes(folded) && (!forms || forms.includes(word.toLowerCase()));
}

/** Text with the query's words (and compounds) in <mark>, built as nodes, never as HTML. */
function highlighted(text, query) {
  const fragment = document.createDocumentFragment();
  const source = text.normalize('NFC');
  let last = 0;
  const mark = (from, to) => {
    fragment.append(source.slice(last, from));
    element('mark', null, fragment).textContent = source.slice(from, to);
    last = to;
  };
  for (const token of source.matchAll(TOKEN)) {
    if (query.compounds.includes(fold(token[0]))) {
      mark(token.index, token.index + token[0].length); // a number or a code as typed: one mark
      continue;
    }
    for (const part of token[0].matchAll(PART)) {
      if (isQueryWord(part[0], query)) {
        mark(token.index + part.index, token.index + part.index + part[0].length);
      }
    }
  }
  fragment.append(source.slice(last));
  return fragment;
}

function element(name, className, parent) {
  const el = document.createElement(name);
  if (className) {
    el.className = className;
  }
  parent.appendChild(el);
  return el;
}
