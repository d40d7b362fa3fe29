import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandCountries } from './countries.js';
import { MALE_FIRST_NAMES, FEMALE_FIRST_NAMES } from './firstNames.js';
import { expandOrganizations } from './organizations.js';
import { expandPlaces } from './places.js';

describe('gazetteer data', () => {
  it('has every UN member-sized country list with a name and a capital', () => {
    const countries = expandCountries();
    // 193 UN members + Palestine, Kosovo, Taiwan, Vatican and Western Sahara as the press names them.
    assert.ok(countries.length >= 190, `only ${countries.length} countries`);
    for (const c of countries) {
      assert.ok(c.name.length > 1, JSON.stringify(c));
      if (c.name !== 'الصحراء الغربية') assert.ok(c.capitals.length >= 1, `${c.name} has no capital`);
    }
    assert.equal(new Set(countries.map((c) => c.name)).size, countries.length, 'duplicate country');
  });

  it('generates nisba forms: feminine, definite and plural', () => {
    const turkey = expandCountries().find((c) => c.name === 'تركيا');
    for (const form of ['تركي', 'التركي', 'التركية', 'الأتراك']) assert.ok(turkey?.nisbas.includes(form), form);
    const us = expandCountries().find((c) => c.name === 'الولايات المتحدة');
    for (const form of ['الأمريكي', 'الأميركية', 'الأمريكيين']) assert.ok(us?.nisbas.includes(form), form);
  });

  it('parses places with their country and context-only flags', () => {
    const places = expandPlaces();
    const bab = places.find((p) => p.name === 'الباب');
    assert.equal(bab?.country, 'سوريا');
    assert.equal(bab?.contextOnly, true);
    const aleppo = places.find((p) => p.name === 'حلب');
    assert.equal(aleppo?.contextOnly, false);
    assert.ok(places.every((p) => p.name.length > 1 && !p.name.includes('~')));
  });

  it('parses organizations, their aliases and the government they stand for', () => {
    const orgs = expandOrganizations();
    const isis = orgs.find((o) => o.name === 'تنظيم الدولة الإسلامية');
    assert.ok(isis?.aliases.includes('داعش'));
    const fatah = orgs.find((o) => o.name === 'حركة فتح');
    assert.deepEqual(fatah?.contextAliases, ['فتح']);
    assert.equal(orgs.find((o) => o.name === 'الكرملين')?.country, 'روسيا');
    assert.ok(orgs.every((o) => o.name.length > 1 && !o.name.startsWith('~')));
  });

  it('lists about 300 first names', () => {
    const all = new Set([...MALE_FIRST_NAMES, ...FEMALE_FIRST_NAMES]);
    assert.ok(all.size >= 280, `only ${all.size} first names`);
  });
});
