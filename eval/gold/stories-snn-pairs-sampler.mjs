// Deterministic sampler of SaudiNewsNet article pairs for the "same story" gold set.
// Standalone: reads the corpus zips via `unzip -p`, imports nothing from the Marsad repo.
// Usage: node eval/gold/stories-snn-pairs-sampler.mjs [corpusDatasetDir] [outJson]
// Output: a JSON list of sampled pairs (zip+url references, band, cosine, dayGap, sources),
// without labels. Labels are added by hand afterwards.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const DIR = process.argv[2] || new URL('../../../shared/corpus/saudinewsnet/dataset', import.meta.url).pathname;
const OUT = process.argv[3] || 'sampled-pairs.json';
const SEED = 20150721;
const FIRST_DAY = '2015-07-21', LAST_DAY = '2015-08-11';
const MIN_CONTENT = 300, PREFIX_CHARS = 600, MAX_GAP_DAYS = 3;
const BANDS = [[0.05, 0.1], [0.1, 0.15], [0.15, 0.2], [0.2, 0.3], [0.3, 0.5], [0.5, 1.0000001]];
const BAND_NAMES = ['0.05-0.1', '0.1-0.15', '0.15-0.2', '0.2-0.3', '0.3-0.5', '0.5-1.0'];
const PER_BAND = 25, MIN_CROSS = 13, RESERVOIR = 300;

// mulberry32 PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const randInt = (n) => Math.floor(rand() * n);

// Light Arabic normalization: strip harakat/tatweel, unify alef forms, ta marbuta -> ha, alef maqsura -> ya.
const normalize = (s) => s
  .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
  .replace(/[أإآٱ]/g, 'ا')
  .replace(/ة/g, 'ه')
  .replace(/ى/g, 'ي');
const tokenize = (s) => normalize(s).match(/[\u0621-\u064A]+/g) || [];
const dayNum = (d) => Math.round(Date.parse(d.slice(0, 10) + 'T00:00:00Z') / 86400000);

// ---- load
const docs = [];
const zips = fs.readdirSync(DIR).filter((f) => /^\d{4}-\d\d-\d\d\.zip$/.test(f))
  .filter((f) => f.slice(0, 10) >= FIRST_DAY && f.slice(0, 10) <= LAST_DAY).sort();
for (const zip of zips) {
  const arr = JSON.parse(execFileSync('unzip', ['-p', `${DIR}/${zip}`], { maxBuffer: 1 << 30 }).toString('utf8'));
  for (const r of arr) {
    const content = r.content || '';
    if (content.length < MIN_CONTENT) continue;
    const prefix = content.slice(0, PREFIX_CHARS);
    docs.push({
      zip, url: r.url, source: r.source, day: dayNum(r.date_extracted),
      toks: tokenize((r.title || '') + ' ' + prefix),
      key: r.source + '|' + prefix.replace(/\s+/g, ' ').trim(), // same-outlet re-crawl detector
    });
  }
}
// stable order by crawl day, then zip order
docs.forEach((d, i) => (d.ord = i));
docs.sort((a, b) => a.day - b.day || a.ord - b.ord);
const N = docs.length;

// ---- TF-IDF (sublinear tf, idf = ln(N/df)), L2-normalised
const vocab = new Map(); const df = [];
const bags = docs.map((d) => {
  const m = new Map();
  for (const w of d.toks) m.set(w, (m.get(w) || 0) + 1);
  for (const w of m.keys()) {
    let id = vocab.get(w);
    if (id === undefined) { id = vocab.size; vocab.set(w, id); df.push(0); }
    df[id]++;
  }
  return m;
});
const vecIds = [], vecW = [];
for (const m of bags) {
  const ids = [], ws = []; let nrm = 0;
  for (const [w, tf] of m) {
    const id = vocab.get(w); const x = (1 + Math.log(tf)) * Math.log(N / df[id]);
    if (x > 0) { ids.push(id); ws.push(x); nrm += x * x; }
  }
  nrm = Math.sqrt(nrm) || 1;
  vecIds.push(Int32Array.from(ids)); vecW.push(Float64Array.from(ws.map((x) => x / nrm)));
}
// inverted index (postings in doc order)
const post = Array.from({ length: vocab.size }, () => []);
const postW = Array.from({ length: vocab.size }, () => []);
for (let i = 0; i < N; i++) for (let k = 0; k < vecIds[i].length; k++) { post[vecIds[i][k]].push(i); postW[vecIds[i][k]].push(vecW[i][k]); }
const ptr = new Int32Array(vocab.size); // per-term pointer to first posting > i (monotone)

// ---- exact enumeration of all pairs (i<j, day gap <= 3) with cosine >= 0.05; reservoir per band x stratum
const strata = BANDS.map(() => ({ cross: [], all: [], nCross: 0, nAll: 0, nSame: 0 }));
const acc = new Float64Array(N); const touched = new Int32Array(N); let nt = 0; const seen = new Uint8Array(N);
let excludedRecrawl = 0;
function reservoirAdd(res, n, item) { if (res.length < RESERVOIR) res.push(item); else { const r = randInt(n); if (r < RESERVOIR) res[r] = item; } }
for (let i = 0; i < N; i++) {
  const di = docs[i].day; nt = 0;
  const ids = vecIds[i], ws = vecW[i];
  for (let k = 0; k < ids.length; k++) {
    const t = ids[k], p = post[t], pw = postW[t];
    let s = ptr[t]; while (s < p.length && p[s] <= i) s++; ptr[t] = s;
    const w = ws[k];
    for (; s < p.length; s++) {
      const j = p[s]; if (docs[j].day - di > MAX_GAP_DAYS) break;
      if (!seen[j]) { seen[j] = 1; touched[nt++] = j; }
      acc[j] += w * pw[s];
    }
  }
  // deterministic: visit touched in ascending j
  const tj = Array.from(touched.subarray(0, nt)).sort((a, b) => a - b);
  for (const j of tj) {
    const c = acc[j]; acc[j] = 0; seen[j] = 0;
    if (c < 0.05) continue;
    if (docs[i].url === docs[j].url || docs[i].key === docs[j].key) { excludedRecrawl++; continue; }
    const b = BANDS.findIndex(([lo, hi]) => c >= lo && c < hi); if (b < 0) continue;
    const st = strata[b]; const cross = docs[i].source !== docs[j].source;
    const item = [i, j, c];
    st.nAll++; reservoirAdd(st.all, st.nAll, item);
    if (cross) { st.nCross++; reservoirAdd(st.cross, st.nCross, item); } else st.nSame++;
  }
}

// ---- final draw: per band, 13 cross-outlet pairs, then 12 from the whole band; no article used twice in the gold set
function shuffle(a) { for (let k = a.length - 1; k > 0; k--) { const r = randInt(k + 1); [a[k], a[r]] = [a[r], a[k]]; } return a; }
const used = new Set(); const pairs = [];
const stats = [];
BANDS.forEach((_, b) => {
  const st = strata[b]; const chosen = []; const chosenKey = new Set();
  const take = (list, n) => {
    for (const [i, j, c] of shuffle(list.slice())) {
      if (chosen.length >= n) break;
      const kk = i + ':' + j; if (chosenKey.has(kk) || used.has(i) || used.has(j)) continue;
      chosen.push([i, j, c]); chosenKey.add(kk); used.add(i); used.add(j);
    }
  };
  take(st.cross, MIN_CROSS);
  take(st.all, PER_BAND);
  stats.push({ band: BAND_NAMES[b], pairsInBand: st.nAll, crossOutlet: st.nCross, sameOutlet: st.nSame, drawn: chosen.length });
  for (const [i, j, c] of chosen) {
    const A = docs[i], B = docs[j];
    pairs.push({ a: { zip: A.zip, url: A.url }, b: { zip: B.zip, url: B.url }, band: BAND_NAMES[b],
      cosine: Math.round(c * 1000) / 1000, dayGap: Math.abs(B.day - A.day), sources: [A.source, B.source] });
  }
});
const meta = { seed: SEED, docs: N, vocab: vocab.size, excludedRecrawl, stats };
fs.writeFileSync(OUT, JSON.stringify({ meta, pairs }, null, 1));
console.log(JSON.stringify(meta, null, 1));
