/**
 * Twenty-third pass (session 28): from dev set 10's wrong speakers. A state after a role and a
 * known person's name is the cue's object; an agency after an unnamed witness is whom he told; a
 * document keeps the country adjective that says whose it is. Every sentence was written for these
 * tests; the names are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statementsOf } from './pass-helpers.js';

test('"ودعا الرئيس <known name> الصين إلى": the state is the cue\'s object, not the end of the name', () => {
  const said = statementsOf([
    'وقال الرئيس سامي حداد إن المحادثات مع بكين ناجحة .',
    'ودعا الرئيس حداد الصين إلى دور فاعل في إعادة الإعمار .',
  ]);
  const called = said.find((s) => s.cue === 'دعا');
  assert.equal(called?.speaker.name, 'سامي حداد');
  assert.equal(called?.speaker.role, 'الرئيس');
});

test('"وأبلغ شاهد رويترز أن": the agency heard the witness; its own correspondent still speaks for it', () => {
  const [witness] = statementsOf(['وأبلغ شاهد رويترز مساء أمس أن دوي انفجارات قوية سمع في المنطقة .']);
  assert.equal(witness?.speaker.name, null);
  assert.equal(witness?.speaker.role, 'شاهد');
  const [reporter] = statementsOf(['وقال مراسل وكالة فرانس برس إن القصف استمر طوال الليل .']);
  assert.equal(reporter?.speaker.role, 'مراسل وكالة فرانس برس');
});

test('"كشفت دراسة بريطانية عن أن": the document keeps its country adjective', () => {
  const [study] = statementsOf(['كشفت دراسة بريطانية عن أن الطفل الأول لا يجلب السعادة لمعظم الأزواج .']);
  assert.equal(study?.speaker.name, null);
  assert.equal(study?.speaker.role, 'دراسة بريطانية');
});

test('"أكد السفير الصيني تواصل دعم بلاده": the verbal noun is what he affirmed, not his name', () => {
  const [envoy] = statementsOf(['من جهته أكد السفير الصيني تواصل دعم بلاده لليمن في مختلف المجالات .']);
  assert.equal(envoy?.speaker.name, null);
  assert.equal(envoy?.speaker.role, 'السفير الصيني');
});
