/* kdocs static search: reads the prebuilt index (searchindex.js) and lists
   the pages that contain every word of the query. Chinese queries are split
   into words the same way the index was (Intl.Segmenter when the browser
   has it, otherwise the longest known words inside the query). */
(function () {
  "use strict";
  var index = window.KDOCS_SEARCH_INDEX || {pages: [], terms: {}, titleterms: {}};
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  var CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

  function has(term) {
    return Object.prototype.hasOwnProperty.call(index.terms, term) ||
      Object.prototype.hasOwnProperty.call(index.titleterms, term);
  }

  function knownWordsIn(text) {
    var words = [];
    var i = 0;
    while (i < text.length) {
      var found = "";
      for (var j = text.length; j > i; j--) {
        if (has(text.substring(i, j))) { found = text.substring(i, j); break; }
      }
      if (found) { words.push(found); i += found.length; } else { i++; }
    }
    return words;
  }

  function tokens(text) {
    var out = [];
    text.toLowerCase().split(/[\s,.;:!?()\[\]{}"'`<>\/\\|，。；：！？（）、《》“”‘’]+/).forEach(function (part) {
      if (!part) { return; }
      if (has(part) || !CJK.test(part)) { out.push(part); return; }
      if (window.Intl && Intl.Segmenter) {
        var segments = new Intl.Segmenter("zh", {granularity: "word"}).segment(part);
        for (var s of segments) { if (s.isWordLike) { out.push(s.segment); } }
      } else {
        out = out.concat(knownWordsIn(part));
      }
    });
    return out;
  }

  function scores(term) {
    var found = {};
    function addAll(map, weight, key) {
      (map[key] || []).forEach(function (page) { found[page] = (found[page] || 0) + weight; });
    }
    addAll(index.titleterms, 10, term);
    addAll(index.terms, 1, term);
    if (Object.keys(found).length === 0 && term.length >= 3 && !CJK.test(term)) {
      Object.keys(index.terms).forEach(function (known) {
        if (known.indexOf(term) === 0) { addAll(index.terms, 0.5, known); }
      });
    }
    return found;
  }

  function search(text) {
    var words = tokens(text);
    if (words.length === 0) { return []; }
    var total = null;
    words.forEach(function (word) {
      var found = scores(word);
      if (total === null) { total = found; return; }
      var both = {};
      Object.keys(total).forEach(function (page) {
        if (found[page] !== undefined) { both[page] = total[page] + found[page]; }
      });
      total = both;
    });
    return Object.keys(total).sort(function (a, b) { return total[b] - total[a] || a - b; })
      .map(function (page) { return index.pages[page]; });
  }

  if (!query.trim()) {
    status.textContent = "Type words to search for.";
    return;
  }
  var results = search(query);
  status.textContent = results.length === 0
    ? "No pages contain all of these words."
    : "Found " + results.length + " page" + (results.length === 1 ? "" : "s") + ".";
  results.forEach(function (page) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    // the index holds relative paths; one that could read as a scheme ("x:...") is kept a path
    link.href = /^[^\/?#]*:/.test(page.url) ? "./" + page.url : page.url;
    link.textContent = page.title || page.url;
    link.lang = page.lang;
    item.appendChild(link);
    list.appendChild(item);
  });
})();
