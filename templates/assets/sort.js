// Sortable tables, as progressive enhancement: without JavaScript the table is complete and
// ordered by amount. Each column heading becomes a button; rows marked "part" stay under their whole.
(function () {
  "use strict";

  function cellKey(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    var value = cell.getAttribute("data-value");
    return value !== null ? Number(value) : cell.textContent.trim();
  }

  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b), document.documentElement.lang || undefined);
  }

  function groups(tbody) {
    var result = [];
    Array.prototype.forEach.call(tbody.rows, function (row) {
      if (row.classList.contains("part") && result.length > 0) {
        result[result.length - 1].push(row);
      } else {
        result.push([row]);
      }
    });
    return result;
  }

  function sortBy(table, index, button) {
    var header = button.parentNode;
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var tbody = table.tBodies[0];
    var sorted = groups(tbody).sort(function (a, b) {
      var order = compare(cellKey(a[0], index), cellKey(b[0], index));
      return ascending ? order : -order;
    });
    sorted.forEach(function (group) {
      group.forEach(function (row) { tbody.appendChild(row); });
    });
  }

  function enhance(table) {
    if (!table.tHead || !table.tBodies.length) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, index, button); });
    });
    table.classList.add("js-sortable");
  }

  document.querySelectorAll("table.sortable").forEach(enhance);
})();
