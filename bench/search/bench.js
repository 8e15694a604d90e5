// Search benchmark: what the split search index a build wrote weighs, what a reader's first query downloads, and
// how long assets/search.js (as the build wrote it, the same code the browser runs) takes to answer, in Node.
//
//   ./build.sh --quiet && node bench/search/bench.js [site-folder] [queries]
//
// Prints, per language: the manifest, shards and chunks (count, total, largest; raw and gzip), then for each
// typical query what a first query downloads with nothing cached (the manifest, the shards of its words, the
// chunks of the results on its first page; gzip as a server sends it, zlib level 6), then the time to answer a
// query over many queries with the files already loaded.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const root = path.resolve(__dirname, '..', '..');
const site = path.resolve(process.argv[2] || path.join(root, 'site'));
const runs = Number(process.argv[3] || 1000);
const search = require(path.join(site, 'assets', 'search.js'));

// What readers type: names with particles and place suffixes, provinces by either name, one syllable, one
// letter, two-word queries, English words with endings and case, and numbers.
const queries = {
  ko: ['전주시가', '충청북도', '충북에서', '국민연금', '수소 클러스터', '민간 투자', '혁신도시에서', '금', '2023년', '카카오엔터프라이즈와',
    '데이터센터를', '전북도와 LX', '320억원'],
  en: ['Jeonju', 'pensions', 'investments', 'Innovation City', 'hydrogen cluster', 'billion', 'i', 'PENSIÓN', '2023',
    'data centre', 'innov', '충청북도', 'LX'],
};

const gzipCache = new Map();
function gzip(file) {
  if (!gzipCache.has(file)) {
    gzipCache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length);
  }
  return gzipCache.get(file);
}

function kib(bytes) {
  return (bytes / 1024).toFixed(1) + ' KiB';
}

function time(fn) {
  const start = process.hrtime.bigint();
  return fn().then((value) => ({ ms: Number(process.hrtime.bigint() - start) / 1e6, value }));
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function files(folder, sub) {
  const dir = path.join(folder, sub);
  return fs.readdirSync(dir).map((name) => path.join(dir, name));
}

function describe(label, list) {
  const raw = list.map((f) => fs.statSync(f).size);
  const packed = list.map(gzip);
  const largest = packed.indexOf(Math.max(...packed));
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  console.log(`  ${label}: ${list.length} files, ${kib(sum(raw))} raw, ${kib(sum(packed))} gzip; largest ${path.basename(list[largest])} ${kib(raw[largest])} raw, ${kib(packed[largest])} gzip`);
  return { raw: sum(raw), gzip: sum(packed) };
}

async function main() {
  console.log(`site: ${site}`);
  console.log(`node ${process.version}, ${runs} queries per language`);
  for (const language of ['ko', 'en']) {
    const folder = path.join(site, language === 'ko' ? '' : 'en', 'search');
    const read = (name) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'));
    const manifest = read('index.json');
    console.log(`\n[${language}] ${path.relative(site, folder)}/: ${manifest.documents} documents, ${manifest.shards.length} shards and ${manifest.chunks.length} chunks in use`);
    const parts = [
      describe('manifest', [path.join(folder, 'index.json')]),
      describe('shards (terms/)', files(folder, 'terms')),
      describe('chunks (docs/)', files(folder, 'docs')),
    ];
    console.log(`  whole index: ${kib(parts.reduce((a, p) => a + p.raw, 0))} raw, ${kib(parts.reduce((a, p) => a + p.gzip, 0))} gzip`);

    console.log('  first query, nothing cached: files, gzip bytes, results');
    let largest = 0;
    for (const query of queries[language]) {
      const downloads = ['index.json'];
      const searcher = new search.Searcher(manifest, async (name) => {
        downloads.push(name);
        return read(name);
      });
      const hits = await searcher.search(query);
      await searcher.documents(hits.slice(0, search.MAX_SHOWN));
      const bytes = downloads.reduce((sum, name) => sum + gzip(path.join(folder, name)), 0);
      largest = Math.max(largest, bytes);
      console.log(`    ${JSON.stringify(query).padEnd(24)} ${String(downloads.length).padStart(3)} files ${kib(bytes).padStart(11)}  ${hits.length} results`);
    }
    console.log(`  largest first query: ${kib(largest)} gzip`);

    // Answering with the files loaded: rank, fetch (from the cache) the first page's documents, cut their snippets.
    const searcher = new search.Searcher(manifest, async (name) => read(name));
    const list = queries[language];
    for (const query of list) {
      const hits = await searcher.search(query);
      await searcher.documents(hits.slice(0, search.MAX_SHOWN));
    }
    const answers = [];
    for (let i = 0; i < runs; i++) {
      const query = list[i % list.length];
      const answer = await time(async () => {
        const hits = await searcher.search(query);
        const shown = await searcher.documents(hits.slice(0, search.MAX_SHOWN));
        return shown.map((hit) => search.snippet(hit.document, query));
      });
      answers.push(answer.ms);
    }
    answers.sort((a, b) => a - b);
    console.log(`  search + first page + snippets, files loaded: median ${percentile(answers, 50).toFixed(2)} ms, p95 ${percentile(answers, 95).toFixed(2)} ms, max ${answers[answers.length - 1].toFixed(2)} ms`);
  }
  const script = path.join(site, 'assets', 'search.js');
  console.log(`\nsearch.js: ${kib(fs.statSync(script).size)} raw, ${kib(gzip(script))} gzip`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
