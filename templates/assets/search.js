/*
 * Hubwatch search: reads the index the generator wrote for the page's language (the manifest search/index.json,
 * then only the term shards and document chunks each query needs) and answers queries in the browser, with no
 * framework and no request to any other host.
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

  /* PARTICLES, PLACE_SUFFIXES, REGION_NAMES, ENGLISH_ENDINGS, the minimums, MINIMUM_COVERAGE, MAX_SHOWN and the key prefixes: written here by the generator from generator/Model/Search/SearchText.cs, SearchQuery.cs and SearchPostings.cs. */
  var FIELD_BITS = 3;
  var FIELD_MASK = (1 << FIELD_BITS) - 1;
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

  /* The last position in a sorted list whose value is at or before the given one (0 when none is). */
  function lastAtOrBefore(list, value) {
    var low = 0;
    var high = list.length;
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (list[middle] <= value) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return Math.max(0, low - 1);
  }

  /* Postings as written: document differences shifted past the field bits. Calls back (doc, fields) in order. */
  function eachPosting(postings, callback) {
    var doc = 0;
    for (var i = 0; i < postings.length; i++) {
      doc += postings[i] >> FIELD_BITS;
      callback(doc, postings[i] & FIELD_MASK);
    }
  }

  /*
   * Answers queries over one language's split index: the manifest, then only the term shards a query's words
   * fall in and the chunks of the documents it shows, each fetched once by load(name), a name relative to the
   * manifest's folder, which returns a promise of the parsed JSON.
   */
  function Searcher(manifest, load) {
    this.manifest = manifest;
    this.load = load;
    this.shards = new Map();
    this.chunks = new Map();
  }

  Searcher.prototype.shardOf = function (key) {
    return lastAtOrBefore(this.manifest.shards, key);
  };

  /* Every shard that may hold a key starting with the prefix. */
  Searcher.prototype.shardsWithPrefix = function (prefix) {
    var shards = this.manifest.shards;
    var list = [this.shardOf(prefix)];
    for (var i = list[0] + 1; i < shards.length && shards[i].startsWith(prefix); i++) {
      list.push(i);
    }
    return list;
  };

  Searcher.prototype.kindOf = function (doc) {
    return lastAtOrBefore(this.manifest.kind_starts, doc);
  };

  /* A shard as a Map of key to postings, fetched once. */
  Searcher.prototype.shard = function (number) {
    var shard = this.shards.get(number);
    if (!shard) {
      var self = this;
      shard = this.load('terms/' + number + '.json').then(function (json) {
        return new Map(Object.keys(json).map(function (key) { return [key, json[key]]; }));
      });
      shard.catch(function () { self.shards.delete(number); });
      this.shards.set(number, shard);
    }
    return shard;
  };

  Searcher.prototype.chunk = function (number) {
    var chunk = this.chunks.get(number);
    if (!chunk) {
      var self = this;
      chunk = this.load('docs/' + number + '.json');
      chunk.catch(function () { self.chunks.delete(number); });
      this.chunks.set(number, chunk);
    }
    return chunk;
  };

  /* The keys a word is looked up by: exact keys and prefixes (of English words). */
  function wordKeys(word) {
    if (!word.hangul) {
      return { exact: [], prefixes: englishVariants(word.text) };
    }
    if (word.text.length === 1) {
      return { exact: [SYLLABLE_KEY + word.text], prefixes: [] };
    }
    var exact = [];
    variants(word.text).concat(regionNamesOf(word.text)).forEach(function (variant) {
      exact.push.apply(exact, grams(variant));
    });
    placeStems(word.text).concat(regionNamesOf(word.text)).forEach(function (stem) {
      exact.push(PLACE_KEY + stem);
    });
    return { exact: exact, prefixes: [] };
  }

  /* The numbers of the shards a query's words need, in order. */
  Searcher.prototype.shardsFor = function (words) {
    var needed = new Set();
    var self = this;
    words.forEach(function (word) {
      var keys = wordKeys(word);
      keys.exact.forEach(function (key) { needed.add(self.shardOf(key)); });
      keys.prefixes.forEach(function (prefix) {
        self.shardsWithPrefix(prefix).forEach(function (number) { needed.add(number); });
      });
    });
    return Array.from(needed).sort(function (a, b) { return a - b; });
  };

  /* Ranked results, a promise of [{doc, score, kind}], best first; document comes with documents(). */
  Searcher.prototype.search = function (query) {
    var words = tokenize(query);
    if (words.length === 0) {
      return Promise.resolve([]);
    }
    var self = this;
    var numbers = this.shardsFor(words);
    return Promise.all(numbers.map(function (number) { return self.shard(number); })).then(function (loaded) {
      var shards = new Map();
      numbers.forEach(function (number, i) { shards.set(number, loaded[i]); });
      return self.rank(words, shards);
    });
  };

  /* Fills in the document of each hit from its chunk; a promise of the same hits. */
  Searcher.prototype.documents = function (hits) {
    var self = this;
    var starts = this.manifest.chunks;
    return Promise.all(hits.map(function (hit) {
      var number = lastAtOrBefore(starts, hit.doc);
      return self.chunk(number).then(function (chunk) {
        hit.document = chunk[hit.doc - starts[number]];
      });
    })).then(function () { return hits; });
  };

  /* Ranks with the shards loaded: the same rules as SearchQuery.cs. */
  Searcher.prototype.rank = function (words, shards) {
    var self = this;
    function postings(key) {
      return shards.get(self.shardOf(key)).get(key);
    }
    function found(key) {
      var list = postings(key);
      return list ? [list] : [];
    }
    function prefixed(prefix) {
      var keys = [];
      self.shardsWithPrefix(prefix).forEach(function (number) {
        shards.get(number).forEach(function (list, key) {
          if (key.startsWith(prefix)) {
            keys.push(key);
          }
        });
      });
      keys.sort(compareOrdinal);
      return keys.map(function (key) { return postings(key); });
    }
    /* The forms a word is looked up in, each a list of units; a unit is found when any of its keys' postings hold the document. */
    function forms(word) {
      if (!word.hangul) {
        return englishVariants(word.text).map(function (variant) { return [prefixed(variant)]; });
      }
      if (word.text.length === 1) {
        return [[found(SYLLABLE_KEY + word.text)]];
      }
      return variants(word.text).concat(regionNamesOf(word.text)).map(function (variant) {
        return grams(variant).map(found);
      });
    }
    /* Each document's best score and best share of terms found for one word: Map doc → {score, covered}. */
    function scoreWord(word) {
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
      forms(word).forEach(function (units) {
        var counts = new Map();
        units.forEach(function (unit) {
          var fields = new Map();
          unit.forEach(function (list) {
            eachPosting(list, function (doc, mask) {
              fields.set(doc, (fields.get(doc) || 0) | mask);
            });
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
        placeStems(word.text).concat(regionNamesOf(word.text)).forEach(function (stem) {
          eachPosting(postings(PLACE_KEY + stem) || [], function (doc) {
            offer(doc, 3, 1);
          });
        });
      }
      return best;
    }

    /* A word of digits only must be held by every result: 145억원 finds 145억, not every 억원. */
    function isNumber(word) {
      return !word.hangul && /^[0-9]+$/.test(word.text);
    }
    var scores = new Map();
    var coverage = new Map();
    var whole = new Map();
    var numbersHeld = new Map();
    words.forEach(function (word) {
      scoreWord(word).forEach(function (value, doc) {
        scores.set(doc, (scores.get(doc) || 0) + value.score);
        coverage.set(doc, (coverage.get(doc) || 0) + value.covered);
        if (value.covered >= 1) {
          whole.set(doc, (whole.get(doc) || 0) + 1);
        }
        if (isNumber(word) && value.covered > 0) {
          numbersHeld.set(doc, (numbersHeld.get(doc) || 0) + 1);
        }
      });
    });
    var numbers = words.filter(isNumber).length;
    var hits = [];
    scores.forEach(function (score, doc) {
      if (coverage.get(doc) / words.length >= MINIMUM_COVERAGE && (numbersHeld.get(doc) || 0) === numbers) {
        hits.push({ doc: doc, score: score / words.length, kind: self.kindOf(doc), document: null, whole: whole.get(doc) || 0 });
      }
    });
    // A result that holds every word typed comes first, then the better score; documents are numbered by kind, then by
    // the length of their titles: the lower number wins a tie.
    hits.sort(function (a, b) {
      return (b.whole - a.whole) || (b.score - a.score) || (a.doc - b.doc);
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
      hits.forEach(function (hit) { counts[hit.kind] += 1; });
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
        label.appendChild(doc.createTextNode(' ' + choice.label + ' (' + choice.count + ')'));
        filter.appendChild(label);
      });
    }

    /* Shows the results of the current query; a promise, settled once they are on the page (or a later query took over). */
    var rendering = 0;
    function render() {
      var query = input.value.trim();
      var current = ++rendering;
      if (query.length === 0) {
        list.replaceChildren();
        status.textContent = '';
        filter.hidden = true;
        return Promise.resolve();
      }
      if (!searcher) {
        list.replaceChildren();
        status.textContent = form.dataset.loading;
        return Promise.resolve();
      }
      var all = [];
      var hits = [];
      return searcher.search(query).then(function (found) {
        all = found;
        if (!kinds.some(function (kind, i) { return kind.id === chosenKind && all.some(function (hit) { return hit.kind === i; }); })) {
          chosenKind = '';
        }
        hits = chosenKind === '' ? all : all.filter(function (hit) { return kinds[hit.kind].id === chosenKind; });
        // Only the results shown are fetched in full.
        return current === rendering ? searcher.documents(hits.slice(0, MAX_SHOWN)) : [];
      }).then(function (shown) {
        if (current !== rendering) {
          return;
        }
        renderFilter(all);
        list.replaceChildren();
        status.textContent = hits.length === 0 ? format(form.dataset.none, query) : format(form.dataset.count, hits.length);
        // A chunk from a newer build than the manifest may lack a document: such a result is left out, not broken.
        shown.filter(function (hit) { return hit.document; }).forEach(function (hit) {
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
          kind.textContent = kinds[hit.kind].label;
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
      }).catch(function () {
        if (current === rendering) {
          status.textContent = form.dataset.failed;
        }
      });
    }

    /* Shows the results, then keeps the query and the chosen kind in the address. */
    function update() {
      return render().then(remember);
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
      timer = win.setTimeout(update, 120);
    });
    filter.addEventListener('change', function (event) {
      chosenKind = event.target.value;
      update().then(function () {
        var checked = filter.querySelector('input:checked');
        if (checked) {
          checked.focus();
        }
      });
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      win.clearTimeout(timer);
      update();
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
      .then(function (manifest) {
        var base = new URL(form.dataset.index, win.location.href);
        kinds = manifest.kinds;
        searcher = new Searcher(manifest, function (name) {
          return win.fetch(new URL(name, base).href, { credentials: 'same-origin' }).then(function (response) {
            if (!response.ok) {
              throw new Error(String(response.status));
            }
            return response.json();
          });
        });
        return render();
      })
      .catch(function () {
        status.textContent = form.dataset.failed;
      });
  }

  return {
    MAX_SHOWN: MAX_SHOWN,
    tokenize: tokenize,
    variants: variants,
    placeStems: placeStems,
    Searcher: Searcher,
    snippet: snippet,
    attach: attach
  };
}));
