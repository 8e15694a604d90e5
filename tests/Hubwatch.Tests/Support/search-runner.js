// Runs templates/assets/search.js in Node on a search index, for SearchScriptTests.
// Usage: node search-runner.js <search.js> <index.json> < queries.json   (a JSON array of queries)
// Prints, for each query, the hits in order with their score and the snippet pieces the page would show.
'use strict';
const fs = require('fs');
const search = require(process.argv[2]);
const index = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const queries = JSON.parse(fs.readFileSync(0, 'utf8'));
const searcher = new search.Searcher(index);
const results = queries.map((query) => ({
  query,
  hits: searcher.search(query).map((hit) => ({ url: hit.document.url, score: hit.score, snippet: search.snippet(hit.document, query) })),
}));
process.stdout.write(JSON.stringify(results));
