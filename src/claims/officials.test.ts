/**
 * National officials whose role names no country: the office test, the article's country, and the
 * statements they add to a government's positions, on a small store of pages written for the test.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ingestPaths } from '../ingest/ingest.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import type { TimelineEntry } from '../store/types.js';
import { articleCountry, isNationalOffice, nationalOfficialStatements } from './officials.js';

describe('isNationalOffice', () => {
  it('takes ministers, ministries, the head of government and its spokesperson', () => {
    for (const role of ['وزيرة المالية', 'وزير الصناعة والمناجم والطاقة', 'الوزير', 'وزارة الخارجية', 'رئيس الحكومة', 'الناطق باسم الحكومة', 'كاتب الدولة للطاقة'])
      assert.equal(isNationalOffice(role), true, role);
  });
  it('leaves out other roles and words that only begin like an office', () => {
    for (const role of [null, 'الأمين العام لاتحاد الشغل', 'الرئيس المدير العام للشركة', 'وزيريات', 'المحلل الاقتصادي', 'رئيس النقابة'])
      assert.equal(isNationalOffice(role), false, String(role));
  });
});

describe('articleCountry', () => {
  it('is the country the words name most, adjectives included', () => {
    const article = { title: 'زيادة في أسعار الخبز', body: 'قال وزير التجارة إن الأسعار في تونس مستقرة.\nوأضاف أن العائلات التونسية لن تتأثر، بينما رفعت الجزائر أسعارها.' };
    assert.equal(articleCountry(article), 'تونس');
  });
  it('is null when no country leads, or when one is named only once', () => {
    assert.equal(articleCountry({ title: 'اجتماع', body: 'التقى وفد من تونس وفد من الجزائر.' }), null);
    assert.equal(articleCountry({ title: 'اجتماع', body: 'عقد في تونس اجتماع للوزراء.' }), null);
    assert.equal(articleCountry({ title: 'اجتماع', body: 'قالت الوزيرة إن الميزانية جاهزة.' }), null);
  });
});

describe('nationalOfficialStatements', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-officials-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Tunisia's officials on the bread topic, in a store of these pages (file name → text). */
  async function tunisianOfficials(name: string, pages: Record<string, string>): Promise<TimelineEntry[]> {
    const folder = path.join(dir, name);
    mkdirSync(folder);
    for (const [file, text] of Object.entries(pages)) writeFileSync(path.join(folder, file), text);
    const store = await openSqliteStore(path.join(dir, `${name}.db`));
    try {
      await ingestPaths(store, [folder], { workers: 0 });
      return await nationalOfficialStatements(store, 'تونس', 'رفع أسعار الخبز');
    } finally {
      await store.close();
    }
  }

  it("takes a minister's words in the country's news, not a foreign minister's or another country's", async () => {
    const entries = await tunisianOfficials('pages', {
      'tunis.txt':
        'وزيرة المالية: لا زيادة في أسعار الخبز هذا العام\nتونس - 12 مارس 2024\nقالت وزيرة المالية سلمى الورتاني، اليوم الثلاثاء، إن الحكومة لن ترفع أسعار الخبز على التونسيين هذا العام.\nوأضافت الورتاني أن دعم الخبز في تونس سيبقى على حاله إلى نهاية السنة.\n',
      'algiers.txt':
        'الجزائر تراجع أسعار الخبز\nالجزائر - 14 مارس 2024\nقال وزير التجارة كمال بن عيسى إن الحكومة سترفع أسعار الخبز في الجزائر تدريجيا.\nوأضاف أن الجزائريين سيحصلون على تعويضات عن أسعار الخبز.\n',
      'visit.txt':
        'زيارة وزير جزائري إلى تونس\nتونس - 15 مارس 2024\nقال وزير التجارة الجزائري كمال بن عيسى في تونس إن بلاده لن ترفع أسعار الخبز في تونس ولا في الجزائر، مضيفا أن التونسيين والجزائريين يتقاسمون الهموم نفسها وأن تونس شريك.\n',
    });
    assert.ok(entries.length >= 1, 'the Tunisian minister is found');
    for (const e of entries) {
      assert.match(e.article.source, /tunis\.txt$/u, `${e.speaker.role}: ${e.text}`);
      assert.equal(e.speaker.role, 'وزيرة المالية');
      assert.ok(e.sortDate !== null && e.sortDate.startsWith('2024-03-12'), String(e.sortDate));
    }
  });

  it('leaves out an official whom other articles give to another government', async () => {
    // In Tunisia's news, "وزير الخارجية عادل الجبير" names no country; another article says he is Saudi.
    const entries = await tunisianOfficials('pages-2', {
      'tunis-visit.txt':
        'الخبز في تونس\nتونس - 16 مارس 2024\nقال وزير الخارجية عادل الجبير خلال زيارته إلى تونس إن رفع أسعار الخبز في تونس شأن تونسي، وإن التونسيين قادرون على تجاوز أزمة الخبز.\nوأضاف الجبير أن تونس شريك مهم.\n',
      'riyadh.txt':
        'الرياض تستقبل وفدا أوروبيا\nالرياض - 17 مارس 2024\nقال وزير الخارجية السعودي عادل الجبير إن المملكة ترحب بالوفد الأوروبي في الرياض، وإن المحادثات ستتناول التجارة والاستثمار.\n',
    });
    assert.deepEqual(entries.map((e) => e.speaker.name), []);
  });

  it('keeps a minister whom his own country names, whatever another article misreads', async () => {
    const entries = await tunisianOfficials('pages-3', {
      'tunis-bread.txt':
        'الخبز في تونس\nتونس - 18 مارس 2024\nقال وزير التجارة نبيل عمار إن الحكومة لن ترفع أسعار الخبز في تونس هذا العام، وإن دعم الخبز للتونسيين باق.\nوأضاف عمار أن تونس تملك مخزونا كافيا.\n',
      'tunis-trade.txt':
        'تجارة تونس\nتونس - 19 مارس 2024\nقال وزير التجارة التونسي نبيل عمار إن صادرات تونس من زيت الزيتون ارتفعت هذا العام.\n',
      'misread.txt':
        'وفد في القاهرة\nالقاهرة - 20 مارس 2024\nقال وزير التجارة المصري نبيل عمار إن المعرض الذي افتتح في القاهرة أمس حقق نجاحا كبيرا، وإن الشركات المشاركة وقعت عقودا جديدة للتصدير.\n',
    });
    assert.ok(entries.some((e) => e.speaker.name === 'نبيل عمار'), JSON.stringify(entries.map((e) => e.speaker)));
  });
});
