import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_PATH, loadNerModel } from '../../../src/nlp/ner/index.ts';
import { deserializeModel, serializeModel } from '../../../src/nlp/ner/model.ts';

describe('shipped model', () => {
  it('loads in well under a second and is cached', () => {
    // CPU time of this test process (vitest runs each file in its own fork): wall time on a
    // machine shared with other test files once read 1.96 s for a 0.2 s load.
    const t0 = process.cpuUsage();
    const tagger = loadNerModel();
    const used = process.cpuUsage(t0);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect(loadNerModel()).toBe(tagger);
  });

  it('tags a simple news sentence', () => {
    const tagger = loadNerModel();
    const tokens = 'قال الرئيس الروسي فلاديمير بوتين في موسكو'.split(' ');
    expect(tagger.tag(tokens)).toEqual(['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC']);
    const spans = tagger.spans(tokens).map(({ start, end, label }) => ({ start, end, label }));
    expect(spans).toEqual([
      { start: 3, end: 5, label: 'PERS' },
      { start: 6, end: 7, label: 'LOC' },
    ]);
  });

  it('finds spans in raw text with character offsets', () => {
    const text = 'وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة، حيث التقى نظيره المصري.';
    const spans = loadNerModel().textSpans(text);
    for (const s of spans) expect(text.slice(s.charStart, s.charEnd)).toBe(s.text);
    expect(spans.map((s) => [s.text, s.label])).toContainEqual(['القاهرة', 'LOC']);
    expect(spans.every((s) => Number.isFinite(s.score))).toBe(true);
  });

  // Re-gzipping 38 MB at level 9 takes seconds on a loaded machine.
  it('tags a whole article as one document: later bare surnames stay persons', () => {
    const text =
      'التقى الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء البريطاني كير ستارمر في باريس. ' +
      'وقال ستارمر إن المحادثات كانت مثمرة. وأضاف ماكرون أن فرنسا مستعدة.';
    const spans = loadNerModel().textSpans(text);
    expect(spans.map((s) => [s.label, s.text])).toEqual([
      ['PERS', 'إيمانويل ماكرون'],
      ['PERS', 'كير ستارمر'],
      ['LOC', 'باريس'],
      ['PERS', 'ستارمر'],
      ['PERS', 'ماكرون'],
      ['LOC', 'فرنسا'],
    ]);
    expect(spans.every((s) => (s.score ?? 0) > 0)).toBe(true);
  });

  it('round-trips through the binary format unchanged', { timeout: 60_000 }, () => {
    const bytes = readFileSync(DEFAULT_MODEL_PATH);
    const model = deserializeModel(bytes);
    expect(serializeModel(model).equals(bytes)).toBe(true);
    expect(bytes.length).toBeLessThan(20 * 1024 * 1024);
  });
});
