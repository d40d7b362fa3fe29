// `npm start`: analyze every article of the bundled demo corpus and show what Marsad found.
// (Later issues turn this into: load the corpus into the embedded store and open the web app.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../dist/src/index.js';

const dir = new URL('../demo/corpus/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => /\.(txt|html?)$/u.test(f)).sort();
let statements = 0;
for (const file of files) {
  const content = readFileSync(join(dir, file));
  try {
    const r = analyze({ content, format: 'auto', origin: file });
    statements += r.statements.length;
    console.log(`\n■ ${r.title}`);
    console.log(`  ${[r.publishedAt ?? 'بلا تاريخ', r.outlet, r.section].filter(Boolean).join(' · ')}  (${file})`);
    console.log(`  ${r.body.split('\n').length} فقرات، ${r.entities.length} كيانات، ${r.statements.length} تصريحات`);
    for (const s of r.statements.slice(0, 3)) {
      console.log(`    - ${s.speaker.name ?? s.speaker.role ?? '؟'}: «${s.text.slice(0, 90)}${s.text.length > 90 ? '…' : ''}»${s.date ? ' [' + s.date + ']' : ''}`);
    }
  } catch (err) {
    console.log(`\n✗ ${file}: ${err.message}`);
  }
}
console.log(`\n${files.length} articles analyzed, ${statements} statements. Try: bin/marsad analyze demo/corpus/${files[0] ?? '<file>'}`);
