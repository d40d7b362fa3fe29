// One-off tool: writes the windows-1256 page of the demo corpus from its UTF-8 source.
// Why: old Egyptian and Maghrebi sites still serve windows-1256; the extractor must decode it from the
// <meta http-equiv> declaration. The UTF-8 source stays in demo/tools/src/ so the text can be edited.
// Usage: node demo/tools/encode-windows-1256.mjs   (run from the repository root)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';

const here = dirname(fileURLToPath(import.meta.url));
const pages = [['src/mashhad-2021-03-08-bread.utf8.html', '../corpus/mashhad-2021-03-08-bread.html']];

for (const [from, to] of pages) {
  const text = readFileSync(join(here, from), 'utf8');
  const bytes = iconv.encode(text, 'windows-1256');
  // A character windows-1256 cannot hold would come back as '?': refuse rather than ship a damaged page.
  const roundTrip = iconv.decode(bytes, 'windows-1256');
  if (roundTrip !== text) {
    const at = [...text].findIndex((ch, i) => ch !== [...roundTrip][i]);
    throw new Error(`${from}: character at ${at} (${JSON.stringify([...text][at])}) has no windows-1256 code`);
  }
  writeFileSync(join(here, to), bytes);
  console.log(`${to}: ${bytes.length} bytes`);
}
