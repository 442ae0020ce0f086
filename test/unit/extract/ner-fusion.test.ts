// The NER tagger fused into the extractor (src/extract/ner-candidates.ts): unseen names become
// entities with normalised-form ids, everyday words do not, lexicon entities are not duplicated.
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../../src/extract/contract.ts';
import { derivedId } from '../../../src/extract/entities/registry.ts';
import { nerFusionByDefault, nerFusionComponent } from '../../../src/extract/ner-candidates.ts';
import { defaultComponents, Pipeline } from '../../../src/extract/pipeline.ts';
import { article } from './helpers.ts';

const baseline = defaultComponents(undefined, null);
const fusion = nerFusionComponent();
if (!fusion) throw new Error('models/ner-anercorp.bin is missing');
const fused = new Pipeline(
  baseline.map((c) => (c.name === 'candidates' ? { name: c.name, run: fusion } : c)),
);
const plain = new Pipeline(baseline);

const people = (r: ArticleExtraction) => r.entities.filter((e) => e.type === 'Person');

describe('NER fusion', () => {
  // No title and no reporting cue: the patterns have nothing to go on, the tagger does.
  const unseen =
    'ووصل ماركوس فيلدنبرغ إلى بغداد أمس في زيارة تستمر يومين، والتقى فيلدنبرغ عددا من المسؤولين.';

  it('finds an unseen full name as a Person only with fusion on, with a normalised-form id', () => {
    expect(people(plain.extract(article(unseen)))).toEqual([]);
    const [p, ...rest] = people(fused.extract(article(unseen)));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ name: 'ماركوس فيلدنبرغ', id: derivedId('Person', 'ماركوس فيلدنبرغ') });
    expect(p!.id).toBe('person:ماركوس-فيلدنبرغ');
  });

  it('lets coref resolve the later surname of a person the tagger found', () => {
    const p = people(fused.extract(article(unseen)))[0]!;
    expect(p.mentions.map((m) => m.text)).toEqual(['ماركوس فيلدنبرغ', 'فيلدنبرغ']);
  });

  it('does not turn everyday words into entities', () => {
    const text = 'وتحدث الناس عن الأمل والسلام في القرية، وقالت الحكومة إن الأمن مستتب.';
    expect(fused.extract(article(text)).entities).toEqual(plain.extract(article(text)).entities);
  });

  it('does not duplicate a lexicon entity or its short form', () => {
    const text = 'ووصل فلاديمير بوتين إلى بغداد أمس، والتقى بوتين عددا من المسؤولين في العاصمة.';
    const r = fused.extract(article(text));
    expect(people(r).map((e) => e.id)).toEqual(['person:vladimir-putin']);
    expect(r.entities.map((e) => e.id).sort()).toEqual(
      plain
        .extract(article(text))
        .entities.map((e) => e.id)
        .sort(),
    );
  });

  it('splits a pattern name run into the next conjoined name where the tagger stops', () => {
    const text = 'وسجل للفريق مصطفى جعفر وعمرو زكي في الشوط الثاني.';
    expect(people(plain.extract(article(text))).map((e) => e.name)).toEqual(['مصطفى جعفر وعمرو']);
    expect(
      people(fused.extract(article(text)))
        .map((e) => e.id)
        .sort(),
    ).toEqual(['person:عمرو-زكي', 'person:مصطفي-جعفر']);
  });

  it('leaves names the patterns found to the patterns', () => {
    const text =
      'قال وزير الخارجية الجديد كمال الدين أوزتورك إن بلاده ستواصل الحوار. وأضاف أوزتورك أن الزيارة ناجحة.';
    expect(fused.extract(article(text)).entities).toEqual(plain.extract(article(text)).entities);
  });
});

describe('NER fusion default', () => {
  const saved = process.env.AKHBAR_NER;
  afterEach(() => {
    if (saved === undefined) delete process.env.AKHBAR_NER;
    else process.env.AKHBAR_NER = saved;
  });

  it('is on unless AKHBAR_NER=0', () => {
    delete process.env.AKHBAR_NER;
    expect(nerFusionByDefault()).toBe(true);
    process.env.AKHBAR_NER = '0';
    expect(nerFusionByDefault()).toBe(false);
  });

  it('puts fusion in the default candidates slot, and null keeps the baseline', () => {
    delete process.env.AKHBAR_NER;
    const text = 'ووصل ماركوس فيلدنبرغ إلى بغداد أمس.';
    expect(people(new Pipeline().extract(article(text))).length).toBe(1);
    expect(people(new Pipeline(defaultComponents(undefined, null)).extract(article(text)))).toEqual([]);
  });

  it('is absent without a model file', () => {
    expect(nerFusionComponent(undefined, { modelPath: '/nonexistent/model.bin' })).toBeNull();
  });
});
