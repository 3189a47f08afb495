/*
 * search-index.js: reads the static search index a bantin bake writes (README.md, "Site search and
 * its index") and ranks a query's results. A module without a page: assets/js/search.js shows them.
 *
 * Folding, tokenising and ranking repeat, rule for rule, the Java classes SearchText, PostingCodec
 * and SearchQuery of vn.bantin.finish.search, which the tests hold this file to: a change there is
 * a change here.
 */

const FORMAT = 2;
const MAX_SYLLABLE = 32;
const MAX_COMPOUND = 64;
const MAX_QUERY_WORDS = 10;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const WORD = /[\p{L}\p{Nd}]/u;
const MARK = /\p{Mn}/gu;
const SPACE = /[\p{Zs}\p{Zl}\p{Zp}]/u;

// ---- Folding and tokenising: SearchText --------------------------------------------------------

/** Lower case, no diacritics, đ to d, whatever the normalisation; typographic dashes made "-". */
export function fold(text) {
  return text.normalize('NFC').toLowerCase().replace(/đ/g, 'd')
    .normalize('NFD').replace(MARK, '').toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

function isWordChar(c) {
  return WORD.test(c);
}

/** Spaces join syllables into pairs; a line feed, like punctuation, does not. */
function isSpace(c) {
  const code = c.codePointAt(0);
  return (code <= 32 && code !== 10) || SPACE.test(c);
}

function isConnector(c) {
  return c === '.' || c === '/' || c === '-';
}

/** Calls sink.syllable(text, joined) and sink.compound(text) as SearchText.scan does. */
function scan(folded, sink) {
  const length = folded.length;
  const at = (index) => String.fromCodePoint(folded.codePointAt(index));
  const runEnd = (from) => {
    let j = from;
    while (j < length && isWordChar(at(j))) {
      j += at(j).length;
    }
    return j;
  };
  const emit = (start, end, joined) => {
    if (end - start > MAX_SYLLABLE) {
      return false;
    }
    sink.syllable(folded.slice(start, end), joined);
    return true;
  };
  let joined = false;
  let i = 0;
  while (i < length) {
    const c = at(i);
    if (!isWordChar(c)) {
      if (!isSpace(c)) {
        joined = false;
      }
      i += c.length;
      continue;
    }
    const start = i;
    let end = runEnd(i);
    let parts = 1;
    let usable = emit(start, end, joined);
    let chainJoined = usable;
    while (end + 1 < length && isConnector(folded.charAt(end)) && isWordChar(at(end + 1))) {
      const next = runEnd(end + 1);
      chainJoined = emit(end + 1, next, chainJoined);
      usable = usable && chainJoined;
      parts++;
      end = next;
    }
    if (parts > 1 && usable && end - start <= MAX_COMPOUND) {
      sink.compound(folded.slice(start, end));
    }
    joined = chainJoined;
    i = end;
  }
}

/** A query's distinct words, pairs of adjacent words and compounds: SearchText.query. */
export function parseQuery(typed) {
  const words = [], pairs = [], compounds = [];
  const addOnce = (array, value) => {
    if (!array.includes(value)) {
      array.push(value);
    }
  };
  let previous = null;
  let count = 0;
  scan(fold(typed), {
    syllable(syllable, joined) {
      if (++count > MAX_QUERY_WORDS) {
        return;
      }
      addOnce(words, syllable);
      if (joined && previous !== null && previous !== syllable) {
        addOnce(pairs, previous + ' ' + syllable);
      }
      previous = syllable;
    },
    compound(compound) {
      if (count <= MAX_QUERY_WORDS) {
        addOnce(compounds, compound);
      }
    }
  });
  return { words, pairs, compounds };
}

// ---- Postings: PostingCodec ----------------------------------------------------------------------

function decode(postings, sink) {
  let previous = -1;
  let i = 0;
  while (i < postings.length) {
    const first = ALPHABET.indexOf(postings.charAt(i++));
    let gap = first & 1;
    if (first & 2) {
      let shift = 1;
      let next;
      do {
        next = ALPHABET.indexOf(postings.charAt(i++));
        gap += (next & 31) * 2 ** shift;
        shift += 5;
      } while (next & 32);
    }
    previous += gap + 1;
    sink(previous, (first >> 2) + 1);
  }
}

function count(postings) {
  let n = 0;
  let inGap = false;
  for (const c of postings) {
    const value = ALPHABET.indexOf(c);
    if (inGap) {
      inGap = (value & 32) !== 0;
    } else {
      n++;
      inGap = (value & 2) !== 0;
    }
  }
  return n;
}

/** A term's weight from its rarity: SearchQuery.weight. */
function weight(entries, frequency) {
  return Math.round(16 * Math.log(1 + (entries - frequency + 0.5) / (frequency + 0.5)));
}

/** The last shard whose start is not after the term. */
function shardOf(term, starts) {
  let low = 0, high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle] <= term) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return low;
}

/** Where the shard starting at boundary is: TermShards.path, a hash of its UTF-16 code units. */
function shardPath(boundary) {
  const hash = (seed) => {
    let h = seed;
    for (let i = 0; i < boundary.length; i++) {
      let k = Math.imul(boundary.charCodeAt(i), 0xcc9e2d51);
      k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
      h ^= k;
      h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
    }
    h ^= boundary.length;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
  };
  return 't/' + hash(0x62616e74) + hash(0x696e2d74) + '.json';
}

// ---- The index: SearchQuery ----------------------------------------------------------------------

/**
 * The index whose manifest is at manifestUrl (absolute). Each file is downloaded once for the
 * page's life, whatever the queries.
 */
export function openIndex(manifestUrl) {
  const files = new Map();
  const json = (url) => {
    if (!files.has(url)) {
      files.set(url, fetch(url, { credentials: 'same-origin' }).then((response) => {
        if (!response.ok) {
          throw new Error(response.status + ' ' + url);
        }
        return response.json();
      }));
    }
    return files.get(url);
  };
  const manifest = () => json(manifestUrl).then((m) => {
    if (m.format !== FORMAT) {
      throw new Error('search index format ' + m.format);
    }
    return m;
  });
  const file = (m, path) => new URL(path + '?v=' + m.version, manifestUrl).href;
  const postings = (m, term) => json(file(m, shardPath(m.termShards[shardOf(term, m.termShards)])))
    .then((shard) => (Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : null));

  return {
    /**
     * The query's results, best first: {ids, allWords}. Only entries with the most query words
     * (all, when any entry has them all); then more pairs and compounds, higher score, newer.
     */
    async rank(query) {
      const m = await manifest();
      const n = m.entries;
      const words = new Uint16Array(n), phrases = new Uint16Array(n), scores = new Float64Array(n);
      const terms = query.words.concat(query.pairs, query.compounds);
      const lists = await Promise.all(terms.map((term) => postings(m, term)));
      lists.forEach((list, i) => {
        if (list === null) {
          return;
        }
        const counter = i < query.words.length ? words : phrases;
        const w = weight(n, count(list));
        decode(list, (id, level) => {
          counter[id]++;
          scores[id] += w * level;
        });
      });
      const best = words.reduce((most, value) => Math.max(most, value), 0);
      const ids = [];
      for (let id = 0; id < n; id++) {
        if (best > 0 && words[id] === best) {
          ids.push(id);
        }
      }
      ids.sort((a, b) => (phrases[b] - phrases[a]) || (scores[b] - scores[a]) || (a - b));
      return { ids, allWords: best === query.words.length };
    },

    /** The entries of these ids: {url (absolute), kind, title, date, dateIso, section, snippet}. */
    async describe(ids) {
      const m = await manifest();
      const root = new URL(m.root, manifestUrl);
      return Promise.all(ids.map(async (id) => {
        const shard = await json(file(m, 'd/' + Math.floor(id / m.entriesPerShard) + '.json'));
        const [url, kind, title, date, dateIso, section, snippet] = shard[id % m.entriesPerShard];
        return { url: new URL(url, root).href, kind, title, date, dateIso, section, snippet };
      }));
    }
  };
}
