/*
 * Hubwatch search: reads the index the generator wrote (search/index.json of the page's language)
 * and answers queries in the browser, with no framework and no request to any other host.
 *
 * The rules are those of generator/Model/Search/SearchText.cs and SearchQuery.cs, which the tests run
 * against the same index; change both together. Results are built with DOM nodes and textContent only.
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  }
  if (typeof document !== 'undefined') {
    api.attach(document, root);
  }
}(this, function () {
  'use strict';

  /* PARTICLES, PLACE_SUFFIXES, REGION_NAMES, ENGLISH_ENDINGS, the minimums and MINIMUM_COVERAGE: written here by the generator from generator/Model/Search/SearchText.cs and SearchQuery.cs. */
  var FIELD_BITS = 3;
  var TITLE_FIELDS = 1 | 2;
  var WORD_CHAR = /^[\p{L}\p{Nd}]$/u;
  var MARKS = /\p{M}/gu;

  function isHangulSyllable(ch) {
    var code = ch.charCodeAt(0);
    return ch.length === 1 && code >= 0xAC00 && code <= 0xD7A3;
  }

  function isJamo(ch) {
    var c = ch.codePointAt(0);
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3131 && c <= 0x318E) || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF);
  }

  /* A character as search compares it: compatibility-decomposed, without combining marks, recomposed, in lower case. */
  function fold(ch) {
    var code = ch.charCodeAt(0);
    // Most text is ASCII or Hangul syllables, which need no normalisation.
    if (ch.length === 1 && code < 0x80) {
      return code >= 0x41 && code <= 0x5A ? String.fromCharCode(code + 32) : ch;
    }
    var out = '';
    for (var part of ch.normalize('NFKD').replace(MARKS, '').normalize('NFC')) {
      out += part.toLowerCase();
    }
    return out;
  }

  function isWordChar(ch) {
    return WORD_CHAR.test(ch) && !isJamo(ch);
  }

  /* Hangul runs and folded words, in order: [{text, hangul}]. */
  function tokenize(text) {
    var tokens = [];
    var current = '';
    var currentIsHangul = false;
    function flush() {
      if (current.length > 0) {
        tokens.push({ text: current, hangul: currentIsHangul });
        current = '';
      }
    }
    for (var ch of text.normalize('NFC')) {
      // Compatibility characters may fold to Hangul (㈜ is (주)), so Hangul is recognised after folding.
      for (var folded of (isHangulSyllable(ch) ? ch : fold(ch))) {
        var hangul = isHangulSyllable(folded);
        if (!hangul && !isWordChar(folded)) {
          flush();
          continue;
        }
        if (current.length > 0 && hangul !== currentIsHangul) {
          flush();
        }
        currentIsHangul = hangul;
        current += folded;
      }
    }
    flush();
    return tokens;
  }

  function grams(hangul) {
    if (hangul.length < 2) {
      return [hangul];
    }
    var list = [];
    for (var i = 0; i + 1 < hangul.length; i++) {
      var gram = hangul.substr(i, 2);
      if (list.indexOf(gram) < 0) {
        list.push(gram);
      }
    }
    return list;
  }

  function endingIn(word, endings) {
    for (var i = 0; i < endings.length; i++) {
      if (word.endsWith(endings[i]) && word.length - endings[i].length >= MINIMUM_STEM) {
        return endings[i];
      }
    }
    return null;
  }

  /* The word as typed, then without one and two trailing particles. */
  function variants(hangul) {
    var list = [hangul];
    var current = hangul;
    for (var round = 0; round < 2; round++) {
      var particle = endingIn(current, PARTICLES);
      if (particle === null) {
        break;
      }
      current = current.slice(0, current.length - particle.length);
      list.push(current);
    }
    return list;
  }

  /* Place names the word may mean without its administrative suffix: 전주시가 → 전주. */
  function placeStems(hangul) {
    var stems = [];
    variants(hangul).forEach(function (variant) {
      var suffix = endingIn(variant, PLACE_SUFFIXES);
      if (suffix !== null) {
        var stem = variant.slice(0, variant.length - suffix.length);
        if (stems.indexOf(stem) < 0) {
          stems.push(stem);
        }
      }
    });
    return stems;
  }

  /* An English word as typed, then without each ending it carries: investments → investment. */
  function englishVariants(word) {
    var list = [word];
    ENGLISH_ENDINGS.forEach(function (ending) {
      if (word.endsWith(ending) && word.length - ending.length >= MINIMUM_ENGLISH_STEM) {
        var stem = word.slice(0, word.length - ending.length);
        if (list.indexOf(stem) < 0) {
          list.push(stem);
        }
      }
    });
    return list;
  }

  /* Every name of the province the word names, once its particles are dropped: 충북에서 → 충청북도, 충북. */
  function regionNamesOf(hangul) {
    var names = [];
    variants(hangul).forEach(function (variant) {
      REGION_NAMES.forEach(function (group) {
        if (group.indexOf(variant) >= 0) {
          group.forEach(function (name) {
            if (names.indexOf(name) < 0) {
              names.push(name);
            }
          });
        }
      });
    });
    return names;
  }

  function compareOrdinal(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /* Answers queries over one language's index. */
  function Searcher(index) {
    this.index = index;
    this.terms = Object.keys(index.terms).sort(compareOrdinal);
    this.gramsBySyllable = new Map();
    for (var i = 0; i < this.terms.length; i++) {
      var term = this.terms[i];
      if (term.length === 2 && isHangulSyllable(term[0]) && isHangulSyllable(term[1])) {
        this.addGram(term[0], term);
        if (term[1] !== term[0]) {
          this.addGram(term[1], term);
        }
      }
    }
  }

  Searcher.prototype.addGram = function (syllable, term) {
    var list = this.gramsBySyllable.get(syllable);
    if (!list) {
      list = [];
      this.gramsBySyllable.set(syllable, list);
    }
    list.push(term);
  };

  /* Every indexed word starting with the prefix, by binary search in the sorted terms. */
  Searcher.prototype.prefixed = function (prefix) {
    var low = 0;
    var high = this.terms.length;
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (this.terms[middle] < prefix) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    var found = [];
    for (var i = low; i < this.terms.length && this.terms[i].startsWith(prefix); i++) {
      found.push(this.terms[i]);
    }
    return found;
  };

  /* The forms a word is looked up in, each a list of units; a unit is found when any of its terms is. */
  Searcher.prototype.forms = function (word) {
    var terms = this.index.terms;
    var self = this;
    if (!word.hangul) {
      return englishVariants(word.text).map(function (variant) {
        return [self.prefixed(variant)];
      });
    }
    if (word.text.length === 1) {
      var unit = (this.gramsBySyllable.get(word.text) || []).slice();
      if (Object.prototype.hasOwnProperty.call(terms, word.text)) {
        unit.push(word.text);
      }
      return [[unit]];
    }
    return variants(word.text).concat(regionNamesOf(word.text)).map(function (variant) {
      return grams(variant).map(function (gram) {
        return Object.prototype.hasOwnProperty.call(terms, gram) ? [gram] : [];
      });
    });
  };

  /* Each document's best score and best share of terms found for one word: Map doc → {score, covered}. */
  Searcher.prototype.scoreWord = function (word) {
    var best = new Map();
    function offer(doc, score, covered) {
      var previous = best.get(doc);
      if (previous) {
        previous.score = Math.max(previous.score, score);
        previous.covered = Math.max(previous.covered, covered);
      } else {
        best.set(doc, { score: score, covered: covered });
      }
    }
    var terms = this.index.terms;
    this.forms(word).forEach(function (units) {
      var counts = new Map();
      units.forEach(function (unit) {
        var fields = new Map();
        unit.forEach(function (term) {
          var postings = terms[term];
          for (var i = 0; i < postings.length; i++) {
            var doc = postings[i] >> FIELD_BITS;
            fields.set(doc, (fields.get(doc) || 0) | postings[i]);
          }
        });
        fields.forEach(function (mask, doc) {
          var count = counts.get(doc) || { title: 0, any: 0 };
          count.title += (mask & TITLE_FIELDS) !== 0 ? 1 : 0;
          count.any += 1;
          counts.set(doc, count);
        });
      });
      counts.forEach(function (count, doc) {
        offer(doc, (2 * count.title + count.any) / units.length, count.any / units.length);
      });
    });
    if (word.hangul) {
      var stems = placeStems(word.text).concat(regionNamesOf(word.text));
      var docs = this.index.docs;
      for (var doc = 0; doc < docs.length; doc++) {
        if (docs[doc].places.some(function (place) { return stems.indexOf(place) >= 0; })) {
          offer(doc, 3, 1);
        }
      }
    }
    return best;
  };

  /* Ranked results: [{doc, score, document}], best first. */
  Searcher.prototype.search = function (query) {
    var words = tokenize(query);
    if (words.length === 0) {
      return [];
    }
    var scores = new Map();
    var coverage = new Map();
    var self = this;
    words.forEach(function (word) {
      self.scoreWord(word).forEach(function (value, doc) {
        scores.set(doc, (scores.get(doc) || 0) + value.score);
        coverage.set(doc, (coverage.get(doc) || 0) + value.covered);
      });
    });
    var hits = [];
    scores.forEach(function (score, doc) {
      if (coverage.get(doc) / words.length >= MINIMUM_COVERAGE) {
        hits.push({ doc: doc, score: score / words.length, document: self.index.docs[doc] });
      }
    });
    hits.sort(function (a, b) {
      return (b.score - a.score) ||
        (a.document.kind - b.document.kind) ||
        (a.document.title.length - b.document.title.length) ||
        (a.doc - b.doc);
    });
    return hits;
  };

  /* A text folded as search compares it, with where each folded unit came from in the original text. */
  function foldText(text) {
    var folded = '';
    var starts = [];
    var ends = [];
    var position = 0;
    for (var ch of text) {
      var f = isHangulSyllable(ch) ? ch : fold(ch);
      for (var i = 0; i < f.length; i++) {
        starts.push(position);
        ends.push(position + ch.length);
      }
      folded += f;
      position += ch.length;
    }
    return { folded: folded, starts: starts, ends: ends };
  }

  /* Documents come back query after query, so each text is folded once. */
  var foldedTexts = new Map();
  function foldedText(text) {
    var result = foldedTexts.get(text);
    if (!result) {
      result = foldText(text);
      foldedTexts.set(text, result);
    }
    return result;
  }

  /* Where the query's words occur in a text, as sorted, merged [start, end) ranges of the original text. */
  function matchRanges(text, words) {
    var map = foldedText(text);
    var folded = map.folded;
    var starts = map.starts;
    var ends = map.ends;
    var ranges = [];
    function addAll(needle, atWordStart) {
      var found = 0;
      if (needle.length === 0) {
        return found;
      }
      var from = 0;
      var at;
      while ((at = folded.indexOf(needle, from)) >= 0) {
        if (!atWordStart || at === 0 || !isWordChar(folded[at - 1])) {
          ranges.push([at, at + needle.length]);
          found++;
        }
        from = at + 1;
      }
      return found;
    }
    words.forEach(function (word) {
      if (!word.hangul) {
        englishVariants(word.text).forEach(function (variant) {
          addAll(variant, true);
        });
        return;
      }
      // The word's forms and place names where they occur; only when none does, the pieces of its shortest form.
      var forms = variants(word.text);
      var found = 0;
      forms.concat(placeStems(word.text), regionNamesOf(word.text)).forEach(function (form) {
        found += addAll(form, false);
      });
      if (found === 0) {
        grams(forms[forms.length - 1]).forEach(function (gram) {
          addAll(gram, false);
        });
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.push([range[0], range[1]]);
      }
    });
    return merged.map(function (range) {
      return [starts[range[0]], ends[range[1] - 1]];
    });
  }

  /* Text cut into [{text, mark}] pieces, marking the ranges that fall inside [from, to). */
  function pieces(text, ranges, from, to) {
    var result = [];
    var at = from;
    ranges.forEach(function (range) {
      var start = Math.max(range[0], from);
      var end = Math.min(range[1], to);
      if (start >= end) {
        return;
      }
      if (start > at) {
        result.push({ text: text.slice(at, start), mark: false });
      }
      result.push({ text: text.slice(start, end), mark: true });
      at = end;
    });
    if (at < to) {
      result.push({ text: text.slice(at, to), mark: false });
    }
    return result;
  }

  var SNIPPET_LENGTH = 160;
  var SNIPPET_LEAD = 50;

  /* The title and a window of the text around the first match, each as [{text, mark}] pieces. */
  function snippet(document, query) {
    var words = tokenize(query);
    var text = document.text;
    var ranges = matchRanges(text, words);
    var start = 0;
    if (ranges.length > 0 && ranges[0][0] > SNIPPET_LEAD) {
      start = ranges[0][0] - SNIPPET_LEAD;
      var space = text.indexOf(' ', start);
      if (space >= 0 && space < ranges[0][0]) {
        start = space + 1;
      }
    }
    var end = Math.min(text.length, start + SNIPPET_LENGTH);
    var body = pieces(text, ranges, start, end);
    if (start > 0) {
      body.unshift({ text: '…', mark: false });
    }
    if (end < text.length) {
      body.push({ text: '…', mark: false });
    }
    var title = document.title;
    return { title: pieces(title, matchRanges(title, words), 0, title.length), text: body };
  }

  var MAX_SHOWN = 50;

  function append(parent, list) {
    var ownerDocument = parent.ownerDocument;
    list.forEach(function (piece) {
      if (piece.mark) {
        var mark = ownerDocument.createElement('mark');
        mark.textContent = piece.text;
        parent.appendChild(mark);
      } else {
        parent.appendChild(ownerDocument.createTextNode(piece.text));
      }
    });
  }

  function format(template, value) {
    return template.split('{0}').join(String(value));
  }

  /* Wires the search page: the form, results as a list of links, arrow keys, and ?q= in the address. */
  function attach(doc, win) {
    var form = doc.querySelector('form.search-form[data-index]');
    if (!form) {
      return;
    }
    var input = form.querySelector('input[name=q]');
    var status = doc.getElementById('search-status');
    var list = doc.getElementById('search-results');
    var searcher = null;
    var kinds = [];
    var timer = 0;
    var chosenKind = new URL(win.location.href).searchParams.get('kind') || '';
    var filter = doc.createElement('fieldset');
    filter.className = 'search-kinds';
    filter.hidden = true;
    list.parentNode.insertBefore(filter, list);

    /* One choice per kind that has results (all, hubs, partners, …), each with its count; hidden when only one kind has any. */
    function renderFilter(hits) {
      var counts = kinds.map(function () { return 0; });
      hits.forEach(function (hit) { counts[hit.document.kind] += 1; });
      var shown = kinds.filter(function (kind, i) { return counts[i] > 0; });
      filter.replaceChildren();
      filter.hidden = shown.length < 2;
      if (filter.hidden) {
        return;
      }
      var legend = doc.createElement('legend');
      legend.textContent = form.dataset.filterLabel;
      filter.appendChild(legend);
      [{ id: '', label: form.dataset.filterAll, count: hits.length }].concat(kinds.map(function (kind, i) {
        return { id: kind.id, label: kind.label, count: counts[i] };
      })).forEach(function (choice) {
        if (choice.count === 0) {
          return;
        }
        var label = doc.createElement('label');
        var radio = doc.createElement('input');
        radio.type = 'radio';
        radio.name = 'kind';
        radio.value = choice.id;
        radio.checked = choice.id === chosenKind;
        label.appendChild(radio);
        label.appendChild(doc.createTextNode(' ' + choice.label + ' ' + choice.count));
        filter.appendChild(label);
      });
    }

    function render() {
      var query = input.value.trim();
      list.replaceChildren();
      if (query.length === 0) {
        status.textContent = '';
        filter.hidden = true;
        return;
      }
      if (!searcher) {
        status.textContent = form.dataset.loading;
        return;
      }
      var all = searcher.search(query);
      if (!kinds.some(function (kind, i) { return kind.id === chosenKind && all.some(function (hit) { return hit.document.kind === i; }); })) {
        chosenKind = '';
      }
      renderFilter(all);
      var hits = chosenKind === '' ? all : all.filter(function (hit) { return kinds[hit.document.kind].id === chosenKind; });
      status.textContent = hits.length === 0 ? format(form.dataset.none, query) : format(form.dataset.count, hits.length);
      hits.slice(0, MAX_SHOWN).forEach(function (hit) {
        var parts = snippet(hit.document, query);
        var item = doc.createElement('li');
        item.className = 'search-result';
        var heading = doc.createElement('p');
        heading.className = 'result-head';
        var link = doc.createElement('a');
        link.href = hit.document.url;
        append(link, parts.title);
        var kind = doc.createElement('span');
        kind.className = 'tag';
        kind.textContent = kinds[hit.document.kind].label;
        heading.appendChild(link);
        heading.appendChild(doc.createTextNode(' '));
        heading.appendChild(kind);
        var text = doc.createElement('p');
        text.className = 'snippet';
        append(text, parts.text);
        item.appendChild(heading);
        item.appendChild(text);
        list.appendChild(item);
      });
    }

    function remember() {
      var query = input.value.trim();
      var url = new URL(win.location.href);
      if (query.length > 0) {
        url.searchParams.set('q', query);
      } else {
        url.searchParams.delete('q');
      }
      if (chosenKind !== '') {
        url.searchParams.set('kind', chosenKind);
      } else {
        url.searchParams.delete('kind');
      }
      win.history.replaceState(null, '', url.pathname + url.search);
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll('a'));
    }

    input.value = new URL(win.location.href).searchParams.get('q') || '';
    input.addEventListener('input', function () {
      win.clearTimeout(timer);
      timer = win.setTimeout(function () {
        render();
        remember();
      }, 120);
    });
    filter.addEventListener('change', function (event) {
      chosenKind = event.target.value;
      render();
      remember();
      var checked = filter.querySelector('input:checked');
      if (checked) {
        checked.focus();
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      win.clearTimeout(timer);
      render();
      remember();
    });
    input.addEventListener('keydown', function (event) {
      var all = links();
      if (event.key === 'ArrowDown' && all.length > 0) {
        event.preventDefault();
        all[0].focus();
      }
    });
    list.addEventListener('keydown', function (event) {
      var all = links();
      var at = all.indexOf(doc.activeElement);
      if (at < 0) {
        return;
      }
      if (event.key === 'ArrowDown' && at + 1 < all.length) {
        event.preventDefault();
        all[at + 1].focus();
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        (at > 0 ? all[at - 1] : input).focus();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        input.focus();
      }
    });

    if (input.value.trim().length > 0) {
      render();
    }
    win.fetch(form.dataset.index, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (index) {
        kinds = index.kinds;
        searcher = new Searcher(index);
        render();
      })
      .catch(function () {
        status.textContent = form.dataset.failed;
      });
  }

  return {
    tokenize: tokenize,
    variants: variants,
    placeStems: placeStems,
    Searcher: Searcher,
    snippet: snippet,
    attach: attach
  };
}));
