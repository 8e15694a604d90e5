// Search benchmark: the size of the search indexes a build wrote and the time templates/assets/search.js takes
// to answer queries on them, in Node (the same code the browser runs).
//
//   ./build.sh && node bench/search/bench.js [site-folder] [queries]
//
// Prints, per language: index size (raw and gzip), documents, bytes per document, time to load the index,
// and the time to answer a query (search, plus the snippets of the results a page shows) over many queries.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const root = path.resolve(__dirname, '..', '..');
const site = path.resolve(process.argv[2] || path.join(root, 'site'));
const runs = Number(process.argv[3] || 1000);
const search = require(path.join(root, 'templates', 'assets', 'search.js'));

// What readers type: whole and partial names, particles, place names with suffixes, English words.
const queries = {
  ko: ['전주시가', '국민연금', '연금공단', '국민연', '수소', '탄소소재', '광주시', '오창읍', '카카오엔터프라이즈와', '디지털 혁신거점',
    '국제금융센터', '금', '2023년', '창원', '데이터센터를', '혁신도시에서', 'LX', '전북도와 국민연금공단', '320억원', '드론'],
  en: ['Jeonju', 'pension', 'national pension', 'pens', 'hydrogen', 'carbon', 'Gwangju', 'Ochang', 'kakao', 'digital innovation hub',
    'financial centre', 'PENSIÓN', '2023', 'Changwon', 'data centre', 'innov', 'LX', '국민연금', 'billion won', 'drone'],
};
const SHOWN = 50;

function time(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function kib(bytes) {
  return (bytes / 1024).toFixed(1) + ' KiB';
}

console.log(`site: ${site}`);
console.log(`node ${process.version}, ${runs} queries per language`);
for (const language of ['ko', 'en']) {
  const file = path.join(site, language === 'ko' ? '' : 'en', 'search', 'index.json');
  const bytes = fs.readFileSync(file);
  const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
  const load = time(() => new search.Searcher(JSON.parse(bytes.toString('utf8'))));
  const searcher = load.value;
  const docs = searcher.index.docs.length;
  const terms = searcher.terms.length;

  const list = queries[language];
  for (let i = 0; i < 100; i++) {
    searcher.search(list[i % list.length]);
  }

  const searchTimes = [];
  const answerTimes = [];
  let hits = 0;
  for (let i = 0; i < runs; i++) {
    const query = list[i % list.length];
    const found = time(() => searcher.search(query));
    const shown = time(() => found.value.slice(0, SHOWN).map((hit) => search.snippet(hit.document, query)));
    searchTimes.push(found.ms);
    answerTimes.push(found.ms + shown.ms);
    hits += found.value.length;
  }
  searchTimes.sort((a, b) => a - b);
  answerTimes.sort((a, b) => a - b);
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

  console.log(`\n[${language}] ${path.relative(site, file)}`);
  console.log(`  index: ${kib(bytes.length)} raw, ${kib(gzip)} gzip; ${docs} documents, ${terms} terms`);
  console.log(`  per document: ${(bytes.length / docs).toFixed(0)} bytes raw, ${(gzip / docs).toFixed(0)} bytes gzip`);
  console.log(`  load (JSON.parse + lookup tables): ${load.ms.toFixed(1)} ms`);
  console.log(`  search only:       mean ${mean(searchTimes).toFixed(3)} ms, median ${percentile(searchTimes, 50).toFixed(3)} ms, p95 ${percentile(searchTimes, 95).toFixed(3)} ms, max ${searchTimes[searchTimes.length - 1].toFixed(3)} ms`);
  console.log(`  search + snippets: mean ${mean(answerTimes).toFixed(3)} ms, median ${percentile(answerTimes, 50).toFixed(3)} ms, p95 ${percentile(answerTimes, 95).toFixed(3)} ms, max ${answerTimes[answerTimes.length - 1].toFixed(3)} ms`);
  console.log(`  results per query: ${(hits / runs).toFixed(1)} on average`);
}
const script = fs.statSync(path.join(root, 'templates', 'assets', 'search.js')).size;
console.log(`\nsearch.js: ${kib(script)} raw, ${kib(zlib.gzipSync(fs.readFileSync(path.join(root, 'templates', 'assets', 'search.js')), { level: 9 }).length)} gzip`);
