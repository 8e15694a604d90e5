// Narrowing a list of funding figures by hub, kind of funder, stage and year together, as progressive enhancement:
// without JavaScript every page of the list is complete and the facet pages narrow by one choice at a time. The form
// is sent hidden and offered only on lists of a few pages. When a choice is made, the list's other pages are read
// once, and the rows that match every choice are shown in list order in place of this page's; the pager is hidden
// until the choices are cleared. The choices are kept in the address (#funder-kind=national&year=2024), so a
// narrowed list can be shared and comes back with the browser's back button. The list's total becomes the total of
// the figures shown, read from the file the build writes beside the list (data-totals): the script adds nothing up.
(function () {
  "use strict";

  var form = document.querySelector("form.narrow");
  var list = document.querySelector("ol.compact-list");
  if (!form || !list || !window.fetch || !window.DOMParser || !window.URLSearchParams) return;

  var status = form.querySelector(".narrow-status");
  var pager = document.querySelector("nav.paging");
  var heading = document.querySelector("main h1");
  var pageHeading = heading ? heading.textContent : "";
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var own = Array.prototype.slice.call(list.children);
  var pages = form.getAttribute("data-pages").split(" ");
  var current = Number(form.getAttribute("data-current")) - 1;
  var everyRow = null;
  var reading = null;
  var totals = null;
  var asked = 0;
  // The list's own total, and the money of a year under it, to put back when the choices are cleared.
  var total = document.querySelector("p.list-total");
  var ownTotal = total ? total.cloneNode(true) : null;
  var ownYear = total && yearUnder(total) ? yearUnder(total).cloneNode(true) : null;
  // The link to the list's CSV offers the whole list: while choices are applied, it says so.
  var csv = document.querySelector("p.list-links a.csv");
  var csvOwn = csv ? csv.textContent : "";
  var csvWhole = form.getAttribute("data-csv-whole");
  // The notes under the total about the whole list (its parts shown elsewhere, its shared figures): they do not speak
  // for the rows chosen.
  var totalNotes = document.querySelectorAll("p.total-note, p.shared-note");

  // The money of a year, which a year's list (or a chosen year) shows under the total.
  function yearUnder(total) {
    var next = total.nextElementSibling;
    return next && next.matches("p.year-total") ? next : null;
  }

  // Counts are grouped by thousands as the page writes them ("1,000"), in both languages.
  function say(text, matching, all) {
    function grouped(n) { return n === undefined ? "" : n.toLocaleString("en-US"); }
    status.textContent = text.replace("{0}", grouped(matching)).replace("{1}", grouped(all));
  }

  // The body of a file of the site, as text or JSON; a failed request or a status other than 200 is an error.
  function get(url, as) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response[as]();
    });
  }

  // Every row of the list, in order: this page's own and those of the other pages, each page read once (a choice made
  // while they are read waits for the same reading; a reading that failed is tried again at the next choice).
  function readAll() {
    if (reading) return reading;
    say(form.getAttribute("data-loading"));
    reading = Promise.all(pages.map(function (url, index) {
      if (index === current) return own;
      return get(url, "text").then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        return Array.prototype.map.call(page.querySelectorAll("ol.compact-list > li"), function (row) {
          return document.importNode(row, true);
        });
      });
    })).then(function (rowsByPage) {
      everyRow = [].concat.apply([], rowsByPage);
      return everyRow;
    }, function (error) {
      reading = null;
      throw error;
    });
    return reading;
  }

  // The totals of the choices the form offers: { totals: [[count, label, value, text, exact, year label, year value,
  // year text, year exact], …], choices: { "0.2.5": index, … } }, a choice keyed by the place of the option chosen in
  // each select ("All" is 0). Read once; null when it cannot be read (the page then keeps the whole list's total and
  // says so). Its address changes with the options, so a cached file never answers for other options.
  function readTotals() {
    if (totals) return totals;
    totals = get(form.getAttribute("data-totals"), "json").catch(function () {
      totals = null;
      return null;
    });
    return totals;
  }

  // The total of the rows shown, when the file has it for as many rows as are shown (a file older than the pages,
  // kept by a cache, may not).
  function totalOf(read, count) {
    if (!read) return null;
    var index = read.choices[selects.map(function (s) { return s.selectedIndex; }).join(".")];
    var entry = index === undefined ? null : read.totals[index];
    return entry && entry[0] === count ? entry : null;
  }

  function money(value, text, exact) {
    var data = document.createElement("data");
    data.className = "money";
    data.value = value;
    data.title = exact;
    data.textContent = text;
    return data;
  }

  // The total of what the choices show, written as the list's own: "Planned · 6 figures  KRW 12.3 billion", and under
  // it the money of the chosen year. Without one, the list's own total is put back.
  function showTotal(entry) {
    if (!total) return;
    var year = yearUnder(total);
    if (!entry) {
      total.replaceWith(total = ownTotal.cloneNode(true));
      if (year) year.remove();
      if (ownYear) total.after(ownYear.cloneNode(true));
      return;
    }

    total.hidden = false;
    total.setAttribute("data-count", entry[0]);
    total.setAttribute("data-amount", entry[2]);
    total.querySelector(".total-label").textContent = entry[1];
    total.querySelector("strong").replaceChildren(money(entry[2], entry[3], entry[4]));
    if (year) year.remove();
    if (entry.length > 5) {
      year = document.createElement("p");
      year.className = "year-total";
      year.setAttribute("data-amount", entry[6]);
      year.append(entry[5] + " ", money(entry[6], entry[7], entry[8]));
      total.after(year);
    }
  }

  // When no figure matches there is no total to show, and the whole list's would read as theirs.
  function hideTotal() {
    if (!total) return;
    total.hidden = true;
    if (yearUnder(total)) yearUnder(total).hidden = true;
  }

  function matches(row, choices) {
    return choices.every(function (choice) {
      var keys = (row.getAttribute("data-" + choice.name) || "").split(" ");
      return keys.indexOf(choice.value) >= 0;
    });
  }

  // A part is placed under its whole; in a narrowed list, only when its whole is shown too.
  function show(rows, narrowed) {
    var shown = {};
    rows.forEach(function (row) { shown[row.getAttribute("data-id")] = true; });
    rows.forEach(function (row) {
      var whole = row.getAttribute("data-part-of");
      if (whole) row.classList.toggle("part", !narrowed || shown[whole] === true);
    });
    list.replaceChildren.apply(list, rows);
  }

  // Each option's count becomes the number of rows it would show with the other choices kept, and an option that
  // would show none is disabled, so that no choice leads to an empty list. The written form of a count is kept:
  // "National (114)", "국비 (114건)".
  function recount(rows, choices) {
    selects.forEach(function (select) {
      var others = choices.filter(function (choice) { return choice.name !== select.name; });
      var counts = {};
      rows.forEach(function (row) {
        if (!matches(row, others)) return;
        (row.getAttribute("data-" + select.name) || "").split(" ").forEach(function (key) {
          if (key) counts[key] = (counts[key] || 0) + 1;
        });
      });
      Array.prototype.forEach.call(select.options, function (option) {
        if (option.value === "") return;
        var count = counts[option.value] || 0;
        option.textContent = option.textContent.replace(/\(([\d,]+)(\D*)\)$/, "(" + count.toLocaleString("en-US") + "$2)");
        option.disabled = count === 0 && option.value !== select.value;
      });
    });
  }

  function remember(choices) {
    var params = new URLSearchParams();
    choices.forEach(function (choice) { params.set(choice.name, choice.value); });
    var address = location.pathname + location.search + (choices.length ? "#" + params.toString() : "");
    history.replaceState(null, "", address);
  }

  function apply() {
    var choices = selects.filter(function (s) { return s.value !== ""; }).map(function (s) {
      return { name: s.name, value: s.value };
    });
    var ask = ++asked;
    remember(choices);
    if (csv && csvWhole) csv.textContent = choices.length ? csvWhole : csvOwn;
    for (var i = 0; i < totalNotes.length; i++) totalNotes[i].hidden = choices.length > 0;
    if (choices.length === 0) {
      show(own, false);
      showTotal(null);
      if (pager) pager.hidden = false;
      if (heading) heading.textContent = pageHeading;
      status.textContent = "";
      if (everyRow) recount(everyRow, choices);
      return;
    }

    Promise.all([readAll(), readTotals()]).then(function (read) {
      if (ask !== asked) return;
      var rows = read[0];
      recount(rows, choices);
      var matching = rows.filter(function (row) { return matches(row, choices); });
      var entry = totalOf(read[1], matching.length);
      show(matching, true);
      showTotal(entry);
      if (matching.length === 0) hideTotal();
      if (pager) pager.hidden = true;
      // The rows come from every page: the heading names the list, not this page of it.
      if (heading) heading.textContent = form.getAttribute("data-title");
      if (matching.length === 0) say(form.getAttribute("data-none"));
      else if (entry) say(form.getAttribute(matching.length === 1 ? "data-matches-one" : "data-matches"), matching.length, rows.length);
      else say(form.getAttribute("data-total-whole"), matching.length, rows.length);
    }, function () {
      if (ask !== asked) return;
      show(own.filter(function (row) { return matches(row, choices); }), true);
      showTotal(null);
      say(form.getAttribute("data-failed"));
    });
  }

  // The choices in the address, when they name values the form offers.
  function recall() {
    var params = new URLSearchParams(location.hash.slice(1));
    var any = false;
    selects.forEach(function (s) {
      var value = params.get(s.name);
      var offered = value !== null && Array.prototype.some.call(s.options, function (o) { return o.value === value; });
      s.value = offered ? value : "";
      any = any || offered;
    });
    return any;
  }

  selects.forEach(function (s) { s.addEventListener("change", apply); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  // A shared address followed from the list itself changes only after the #: the page is not loaded again.
  window.addEventListener("hashchange", function () {
    recall();
    apply();
  });
  form.hidden = false;
  if (recall()) apply();
})();
