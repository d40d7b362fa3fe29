// `npm start`: load the bundled demo corpus into ./marsad.db (the first run stores it; later runs
// find every article unchanged), then show the stories Marsad found and one speaker's timeline.
// (When the web app exists, this opens it instead of printing.)
import { ingestPaths } from '../dist/src/ingest/ingest.js';
import { openStore, resolveDbPath } from '../dist/src/store/open-store.js';
import { foldRepeats } from '../dist/src/store/fold.js';
import { LexicalStanceModel } from '../dist/src/analyze/stance/lexical.js';
import { checkClaim } from '../dist/src/claims/check.js';
import { actorPositions } from '../dist/src/claims/positions.js';

const corpus = new URL('../demo/corpus/', import.meta.url).pathname;
const dbPath = resolveDbPath(null);
const store = await openStore(dbPath);
try {
  const s = await ingestPaths(store, [corpus]);
  console.log(`${dbPath}: ${s.added} added, ${s.unchanged} unchanged, ${s.failed} failed (${(s.elapsedMs / 1000).toFixed(1)} s)`);
  for (const p of s.problems) console.log(`  ${p.file}: ${p.examples.map((e) => e.message).join('; ')}`);

  console.log('\n── القصص ──');
  for (const story of await store.stories({ limit: 10 })) {
    console.log(`\n■ ${story.title}  (${story.articles.length})`);
    for (const a of story.articles) {
      console.log(`   - ${a.publishedAt?.slice(0, 10) ?? 'بلا تاريخ'} · ${a.outlet ?? '—'} · ${a.title}${a.duplicateOf ? '  [نسخة]' : ''}`);
    }
  }

  const speaker = 'وليد سركيس';
  console.log(`\n── ${speaker}: تصريحاته بالترتيب الزمني ──`);
  const TIMELINE_LINES = 25;
  // The same words carried by several outlets are one line (foldRepeats), with the others named.
  const entries = foldRepeats(await store.timeline({ speaker }));
  for (const e of entries.slice(0, TIMELINE_LINES)) {
    const text = e.text.length > 110 ? e.text.slice(0, 110) + '…' : e.text;
    const also = e.alsoIn.length ? ` (وأيضاً: ${e.alsoIn.map((a) => a.outlet ?? a.title).join('، ')})` : '';
    console.log(`  ${(e.date ?? e.sortDate ?? '—').slice(0, 10).padEnd(10)}  ${e.cue || '—'}${e.negated ? ' (نفي)' : ''}: «${text}»  — ${e.article.outlet ?? ''}${also}`);
  }
  if (entries.length > TIMELINE_LINES) console.log(`  … ${entries.length - TIMELINE_LINES} more: bin/marsad timeline --speaker "${speaker}"`);

  const claim = 'الحكومة اللبنانية سترفع الدعم عن المحروقات';
  console.log(`\n── الادعاء: ${claim} ──`);
  const report = await checkClaim(store, new LexicalStanceModel(), claim);
  console.log(`  ${report.summary}`);
  for (const e of report.evidence) {
    const text = e.sentence.length > 110 ? e.sentence.slice(0, 110) + '…' : e.sentence;
    console.log(`  ${e.stance.padEnd(8)} ${(e.date ?? '—').slice(0, 10)}  «${text}»  — ${e.article.outlet ?? ''}`);
  }

  const topic = 'رفع الدعم عن المحروقات';
  const positions = await actorPositions(store, speaker, { about: topic });
  console.log(`\n── ${speaker} عن «${topic}»: ${counted(positions.positions.length, 'موقف', 'مواقف', 'موقفاً')}، ${counted(positions.contradictions.length, 'تناقض', 'تناقضات', 'تناقضاً')} ──`);
  for (const c of positions.contradictions.slice(0, 3)) {
    const d = (p) => (p.entry.date ?? p.entry.sortDate ?? '—').slice(0, 10);
    console.log(`  ${d(c.earlier)} [${c.earlier.polarity}] «${c.earlier.entry.text.slice(0, 70)}»\n    ↔ ${d(c.later)} [${c.later.polarity}] «${c.later.entry.text.slice(0, 70)}»`);
  }
  console.log(`\nTry: bin/marsad search "رفع الدعم" · bin/marsad timeline --speaker سركيس · bin/marsad stories · bin/marsad claim "${claim}" · bin/marsad positions --actor سركيس --about "${topic}"`);
} finally {
  await store.close();
}

/** An Arabic count: the noun is singular after 1–2 and 100s, plural after 3–10, accusative singular after 11–99. */
function counted(n, singular, plural, accusative) {
  const lastTwo = n % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return `${n} ${plural}`;
  if (lastTwo >= 11) return `${n} ${accusative}`;
  return `${n} ${singular}`;
}
