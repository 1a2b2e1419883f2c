// The search of the static export, run in the browser over the index `redazione build` writes.
// Words are analysed as the server's Lucene analysis does (elision, lower case, accent folding,
// stop words, Italian light stemming), with the tables the index carries, written from the server's
// own analysis. No dependencies; results are built as DOM nodes, never as HTML.
(function (root) {
  'use strict';

  var FORMAT = 1;
  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var DIGITS = {};
  for (var d = 0; d < ALPHABET.length; d++) DIGITS[ALPHABET.charCodeAt(d)] = d;
  var MIN_PREFIX_LENGTH = 3;
  var MAX_PREFIX_TERMS = 64;
  var PREFIX_BOOST = 0.5;
  var MAX_PARTS = 32;
  var PAGE = 20;
  var OPENING_QUOTES = '"\u201c\u00ab\u201e';
  var CLOSING_QUOTES = '"\u201d\u00bb\u201c';
  var OPERATORS = { AND: 1, OR: 1, NOT: 1, '&&': 1, '||': 1 };

  var segmenter =
    typeof Intl !== 'undefined' && Intl.Segmenter
      ? new Intl.Segmenter('it', { granularity: 'word' })
      : null;

  /** The words of a text as [start, end] pairs, by Unicode word boundaries as Lucene finds them. */
  function words(text) {
    var found = [];
    if (segmenter) {
      var it = segmenter.segment(text)[Symbol.iterator]();
      for (var s = it.next(); !s.done; s = it.next()) {
        if (s.value.isWordLike) found.push([s.value.index, s.value.index + s.value.segment.length]);
      }
      return found;
    }
    var re = /[\p{L}\p{N}\p{M}_]+(?:['\u2019.:][\p{L}\p{N}\p{M}_]+)*/gu;
    for (var m = re.exec(text); m; m = re.exec(text)) found.push([m.index, m.index + m[0].length]);
    return found;
  }

  /** Analysis with the index's tables: terms(text) and surface(word), as the server's analyzers. */
  function Analysis(tables) {
    var stop = {};
    var elided = {};
    tables.stopWords.forEach(function (w) { stop[w] = 1; });
    tables.elisions.forEach(function (w) { elided[w] = 1; });
    var folding = tables.folding;

    function fold(word) {
      var out = '';
      for (var i = 0; i < word.length; i++) {
        var c = word.charAt(i);
        var f = folding[c];
        out += f === undefined ? c : f;
      }
      return out;
    }

    function unelide(word) {
      for (var i = 0; i < word.length; i++) {
        var c = word.charAt(i);
        if (c === "'" || c === '\u2019') {
          return elided[word.substring(0, i)] ? word.substring(i + 1) : word;
        }
      }
      return word;
    }

    // Lucene's ItalianLightStemmer, on a folded word.
    function stem(w) {
      var n = w.length;
      if (n < 6) return w;
      var last = w.charAt(n - 1);
      var before = w.charAt(n - 2);
      if (last === 'e') return w.substring(0, before === 'i' || before === 'h' ? n - 2 : n - 1);
      if (last === 'i') return w.substring(0, before === 'h' || before === 'i' ? n - 2 : n - 1);
      if (last === 'a' || last === 'o') return w.substring(0, before === 'i' ? n - 2 : n - 1);
      return w;
    }

    function surface(word) {
      return fold(unelide(word.toLowerCase()));
    }

    /** The term of one word as the word breaks found it, or null for a stop word. */
    function term(word) {
      var folded = surface(word);
      return folded && !stop[folded] ? stem(folded) : null;
    }

    this.surface = surface;
    this.term = term;
    this.terms = function (text) {
      var terms = [];
      words(text).forEach(function (span) {
        var found = term(text.substring(span[0], span[1]));
        if (found !== null) terms.push(found);
      });
      return terms;
    };
  }

  /** What a visitor typed, as the server splits it: words and quoted phrases. */
  function parts(query) {
    var found = [];
    var i = 0;
    while (i < query.length && found.length < MAX_PARTS) {
      var c = query.charAt(i);
      if (/\s/.test(c)) { i++; continue; }
      if (OPENING_QUOTES.indexOf(c) >= 0) {
        var end = -1;
        for (var j = i + 1; j < query.length; j++) {
          if (CLOSING_QUOTES.indexOf(query.charAt(j)) >= 0) { end = j; break; }
        }
        if (end > 0) {
          var phrase = query.substring(i + 1, end).trim();
          if (phrase) found.push({ text: phrase, phrase: true });
          i = end + 1;
          continue;
        }
      }
      var stop = i;
      while (stop < query.length && !/\s/.test(query.charAt(stop))) stop++;
      var word = query.substring(i, stop);
      if (!OPERATORS[word]) found.push({ text: word, phrase: false });
      i = stop;
    }
    return found;
  }

  /** The searchable index: decodes a term's postings on first use. */
  function Index(data) {
    if (data.format !== FORMAT) throw new Error('unknown index format ' + data.format);
    var terms = data.terms;
    var encoded = data.postings;
    var decoded = new Map();
    var count = data.articles.length;
    this.articles = data.articles;
    this.analysis = new Analysis(data.analysis);

    function find(term) {
      var lo = 0;
      var hi = terms.length - 1;
      while (lo <= hi) {
        var mid = (lo + hi) >>> 1;
        if (terms[mid] < term) lo = mid + 1;
        else if (terms[mid] > term) hi = mid - 1;
        else return mid;
      }
      return -lo - 1;
    }

    // Postings as {docs, scores}: article numbers ascending, each with the stored BM25F weight
    // times the term's idf.
    function postings(i) {
      var found = decoded.get(i);
      if (found) return found;
      var text = encoded[i];
      var docs = new Int32Array(text.length >> 1);
      var scores = new Float64Array(text.length >> 1);
      var n = 0;
      var doc = -1;
      var p = 0;
      while (p < text.length) {
        var gap = 0;
        var digit;
        do {
          digit = DIGITS[text.charCodeAt(p++)];
          gap = gap * 32 + (digit & 31);
        } while (digit & 32);
        doc += gap + 1;
        docs[n] = doc;
        scores[n++] = DIGITS[text.charCodeAt(p++)];
      }
      var idf = Math.log(1 + (count - n + 0.5) / (n + 0.5)) / 63;
      for (var k = 0; k < n; k++) scores[k] *= idf;
      found = { docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
      decoded.set(i, found);
      return found;
    }

    this.count = count;

    this.exact = function (term) {
      var i = find(term);
      return i >= 0 ? postings(i) : null;
    };

    this.prefixed = function (prefix) {
      var i = find(prefix);
      if (i < 0) i = -i - 1;
      var found = [];
      for (; i < terms.length && found.length < MAX_PREFIX_TERMS; i++) {
        if (terms[i].lastIndexOf(prefix, 0) !== 0) break;
        found.push({ term: terms[i], postings: postings(i) });
      }
      return found;
    };
  }

  /**
   * Adds a part's scores to the totals and counts the articles it matches in `matched`: every
   * term of the part must match; the last word of the query also matches as a prefix.
   * Returns whether the part had anything to match.
   */
  function addPart(index, part, open, marked, total, matched) {
    var n = index.count;
    var terms = index.analysis.terms(part.text);
    var score = new Float64Array(n);
    var hits = new Uint8Array(n);
    terms.forEach(function (term) {
      marked[term] = 1;
      var list = index.exact(term);
      if (!list) return;
      for (var k = 0; k < list.docs.length; k++) {
        var doc = list.docs[k];
        score[doc] += list.scores[k];
        hits[doc]++;
      }
    });
    var best = null;
    if (open) {
      var spans = words(part.text);
      var last = spans[spans.length - 1];
      var prefix = last ? index.analysis.surface(part.text.substring(last[0], last[1])) : '';
      if (prefix.length >= MIN_PREFIX_LENGTH) {
        best = new Float64Array(n);
        index.prefixed(prefix).forEach(function (entry) {
          marked[entry.term] = 1;
          var list = entry.postings;
          for (var k = 0; k < list.docs.length; k++) {
            var boosted = list.scores[k] * PREFIX_BOOST;
            if (best[list.docs[k]] < boosted) best[list.docs[k]] = boosted;
          }
        });
      }
    }
    if (terms.length === 0 && best === null) return false;
    for (var doc = 0; doc < n; doc++) {
      var exact = terms.length > 0 && hits[doc] === terms.length;
      var prefixed = best !== null && best[doc] > 0;
      if (exact || prefixed) {
        total[doc] += (exact ? score[doc] : 0) + (prefixed ? best[doc] : 0);
        matched[doc]++;
      }
    }
    return true;
  }

  /**
   * The articles matching a query, best first (ties newest first), with the terms to mark:
   * {hits: [article numbers], marked: {term: 1}}. Every part that has words to search for must
   * match; a part that is only a prefix (its words all stop words) counts when nothing else is
   * asked for, and adds to the score otherwise.
   */
  function search(index, query) {
    var all = parts(query);
    var marked = {};
    var n = index.count;
    var total = new Float64Array(n);
    var required = new Uint8Array(n);
    var optional = new Uint8Array(n);
    var requiredParts = 0;
    var optionalParts = 0;
    all.forEach(function (part, i) {
      var open = !part.phrase && i === all.length - 1;
      var needed = index.analysis.terms(part.text).length > 0;
      if (addPart(index, part, open, marked, total, needed ? required : optional)) {
        if (needed) requiredParts++;
        else optionalParts++;
      }
    });
    var hits = [];
    for (var doc = 0; doc < n; doc++) {
      if (requiredParts > 0 ? required[doc] === requiredParts : optionalParts > 0 && optional[doc] > 0) {
        hits.push(doc);
      }
    }
    hits.sort(function (a, b) { return total[b] - total[a] || a - b; });
    return { hits: hits, marked: marked };
  }

  /** Appends the text to an element, the words whose terms are marked inside <mark>. */
  function appendMarked(element, text, index, marked) {
    var at = 0;
    words(text).forEach(function (span) {
      var word = text.substring(span[0], span[1]);
      var term = index.analysis.term(word);
      if (term === null || !marked[term]) return;
      element.appendChild(document.createTextNode(text.substring(at, span[0])));
      var mark = document.createElement('mark');
      mark.textContent = word;
      element.appendChild(mark);
      at = span[1];
    });
    element.appendChild(document.createTextNode(text.substring(at)));
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return values[key] !== undefined ? values[key] : all;
    });
  }

  function result(article, index, marked) {
    var item = document.createElement('li');
    item.className = 'result';
    var heading = document.createElement('h2');
    heading.className = 'result__title';
    var link = document.createElement('a');
    link.href = '/articoli/' + encodeURIComponent(article[0]);
    appendMarked(link, article[1], index, marked);
    heading.appendChild(link);
    item.appendChild(heading);
    if (article[2]) {
      var meta = document.createElement('p');
      meta.className = 'meta';
      var time = document.createElement('time');
      time.setAttribute('datetime', article[2]);
      time.textContent = article[3];
      meta.appendChild(time);
      item.appendChild(meta);
    }
    if (article[4]) {
      var passage = document.createElement('p');
      passage.className = 'result__passage';
      appendMarked(passage, article[4], index, marked);
      item.appendChild(passage);
    }
    return item;
  }

  /** Runs the page: loads the index, searches what the address or the form asks for. */
  function start(page) {
    var box = page.querySelector('[data-search-index]');
    var form = page.querySelector('form.search-page-form');
    var input = form && form.querySelector('input[name=q]');
    if (!box || !input) return;
    var text = box.dataset;
    var status = page.createElement('p');
    status.className = 'search__summary';
    status.setAttribute('role', 'status');
    var list = page.createElement('ol');
    list.className = 'results';
    var more = page.createElement('button');
    more.type = 'button';
    more.className = 'search__more';
    more.textContent = text.more;
    more.hidden = true;
    box.replaceChildren(status, list, more);
    status.textContent = text.loading;
    var index = null;
    var current = { hits: [], shown: 0, marked: {} };

    function show(count) {
      var end = Math.min(current.hits.length, current.shown + count);
      var fragment = page.createDocumentFragment();
      for (var i = current.shown; i < end; i++) {
        fragment.appendChild(result(index.articles[current.hits[i]], index, current.marked));
      }
      list.appendChild(fragment);
      current.shown = end;
      more.hidden = end >= current.hits.length;
    }

    function run(query) {
      list.replaceChildren();
      current = { hits: [], shown: 0, marked: {} };
      more.hidden = true;
      if (!query.trim()) { status.textContent = text.prompt; return; }
      var found = search(index, query);
      current = { hits: found.hits, shown: 0, marked: found.marked };
      var n = found.hits.length;
      status.textContent =
        n === 0
          ? format(text.none, { q: query })
          : format(n === 1 ? text.one : text.many, { n: n.toLocaleString('it-IT'), q: query });
      show(PAGE);
    }

    more.addEventListener('click', function () { show(PAGE); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!index) return;
      var url = new URL(root.location.href);
      url.searchParams.set('q', input.value);
      root.history.replaceState(null, '', url);
      run(input.value);
    });
    input.addEventListener('input', function () { if (index) run(input.value); });

    input.value = new URLSearchParams(root.location.search).get('q') || '';
    root.fetch(box.dataset.searchIndex)
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      })
      .then(function (data) {
        index = new Index(data);
        api.index = index;
        box.setAttribute('data-ready', '');
        run(input.value);
      })
      .catch(function () { status.textContent = text.error; });
  }

  var api = {
    Analysis: Analysis,
    Index: Index,
    search: search,
    words: words,
    parts: parts
  };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (typeof document !== 'undefined') {
    root.RedazioneCerca = api;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { start(document); });
    } else {
      start(document);
    }
  }
})(typeof window !== 'undefined' ? window : this);
