// Runs templates/assets/search.js in Node on a split search index, for SearchScriptTests and the search benchmark.
// Usage: node search-runner.js <search.js> <folder of index.json> < queries.json   (a JSON array of queries)
// Prints, for each query: the files the page would download to show its first page of results (the manifest,
// shards and chunks, each once, with a fresh searcher), then every hit in order with its score, kind and the
// snippet pieces the page would show.
'use strict';
const fs = require('fs');
const path = require('path');
const search = require(process.argv[2]);
const folder = process.argv[3];
const queries = JSON.parse(fs.readFileSync(0, 'utf8'));
const read = (name) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'));

async function run(query) {
  const downloads = ['index.json'];
  const fresh = new search.Searcher(read('index.json'), async (name) => {
    downloads.push(name);
    return read(name);
  });
  const first = await fresh.search(query);
  await fresh.documents(first.slice(0, search.MAX_SHOWN));

  const searcher = new search.Searcher(read('index.json'), async (name) => read(name));
  const hits = await searcher.documents(await searcher.search(query));
  return {
    query,
    downloads,
    hits: hits.map((hit) => ({ url: hit.document.url, score: hit.score, kind: hit.kind, snippet: search.snippet(hit.document, query) })),
  };
}

(async () => {
  const results = [];
  for (const query of queries) {
    results.push(await run(query));
  }
  process.stdout.write(JSON.stringify(results));
})().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
