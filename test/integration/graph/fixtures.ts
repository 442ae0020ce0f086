// Small hand-made extractions for the loader tests: two articles sharing entities and a relation,
// so union, evidence lists and delete-article have something to work on.
import type { ArticleExtraction } from '../../../src/extract/contract.ts';

function at(body: string, text: string, from = 0): { text: string; start: number; end: number } {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: "${text}" not in body`);
  return { text, start, end: start + text.length };
}

const BODY_A =
  'قال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة للحوار.\nوالتقى بوتين وزير الخارجية سيرغي لافروف في موسكو.';
const BODY_B =
  'أعلن الكرملين أن بوتين سيزور أنقرة.\nوقال مسؤول روسي إن الرئيس بوتين يقود روسيا منذ سنوات.\nوأكد دميتري بيسكوف المتحدث باسم الكرملين الخبر.';

export function articleA(): ArticleExtraction {
  const s1 = 'قال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة للحوار.';
  const s2 = 'والتقى بوتين وزير الخارجية سيرغي لافروف في موسكو.';
  return {
    article: {
      id: 'test-article-a',
      title: 'بوتين مستعد للحوار',
      publishedAt: '2024-05-01',
      source: 'test',
      body: BODY_A,
    },
    entities: [
      {
        id: 'person:vladimir-putin',
        type: 'Person',
        name: 'فلاديمير بوتين',
        nameEn: 'Vladimir Putin',
        aliases: ['بوتين'],
        mentions: [at(BODY_A, 'فلاديمير بوتين'), at(BODY_A, 'بوتين', BODY_A.indexOf('والتقى'))],
      },
      {
        id: 'country:ru',
        type: 'Country',
        name: 'روسيا',
        nameEn: 'Russia',
        aliases: ['روسي'],
        mentions: [at(BODY_A, 'روسيا')],
      },
      {
        id: 'person:sergei-lavrov',
        type: 'Person',
        name: 'سيرغي لافروف',
        nameEn: null,
        aliases: [],
        mentions: [at(BODY_A, 'سيرغي لافروف')],
      },
      {
        id: 'place:moscow',
        type: 'Place',
        name: 'موسكو',
        nameEn: 'Moscow',
        aliases: [],
        mentions: [at(BODY_A, 'موسكو')],
      },
    ],
    statements: [
      {
        id: 'st1',
        speaker: { entityId: 'person:vladimir-putin', description: null, affiliationId: null },
        via: null,
        cue: 'قال',
        kind: 'said',
        quote: 'روسيا مستعدة للحوار',
        sentence: s1,
        about: ['country:ru', 'ev1', 'entity:undeclared'],
      },
    ],
    events: [
      {
        id: 'ev1',
        type: 'Meeting',
        trigger: 'التقى',
        sentence: s2,
        mentions: [{ sentence: s2 }],
        date: null,
        locationId: 'place:moscow',
        participants: [
          { entityId: 'person:vladimir-putin', role: 'participant' },
          { entityId: 'person:sergei-lavrov', role: 'participant' },
        ],
        killed: null,
      },
    ],
    relations: [{ type: 'LEADER_OF', from: 'person:vladimir-putin', to: 'country:ru', sentence: s1 }],
  };
}

export function articleB(): ArticleExtraction {
  const s2 = 'وقال مسؤول روسي إن الرئيس بوتين يقود روسيا منذ سنوات.';
  const s3 = 'وأكد دميتري بيسكوف المتحدث باسم الكرملين الخبر.';
  return {
    article: {
      id: 'test-article-b',
      title: 'بوتين إلى أنقرة',
      publishedAt: null,
      source: 'test',
      body: BODY_B,
    },
    entities: [
      {
        id: 'person:vladimir-putin',
        type: 'Person',
        name: 'بوتين',
        nameEn: null,
        aliases: ['الرئيس بوتين', 'بوتين'],
        mentions: [at(BODY_B, 'بوتين'), at(BODY_B, 'الرئيس بوتين')],
      },
      {
        id: 'country:ru',
        type: 'Country',
        name: 'روسيا',
        nameEn: 'Russia',
        aliases: ['روسي'],
        mentions: [at(BODY_B, 'روسيا')],
      },
      {
        id: 'group:kremlin',
        type: 'Group',
        name: 'الكرملين',
        nameEn: 'Kremlin',
        aliases: [],
        mentions: [at(BODY_B, 'الكرملين')],
      },
      {
        id: 'person:dmitry-peskov',
        type: 'Person',
        name: 'دميتري بيسكوف',
        nameEn: 'Dmitry Peskov',
        aliases: [],
        mentions: [at(BODY_B, 'دميتري بيسكوف')],
      },
    ],
    statements: [
      {
        id: 'st1',
        speaker: { entityId: null, description: 'مسؤول روسي', affiliationId: 'country:ru' },
        via: 'group:kremlin',
        cue: 'قال',
        kind: 'said',
        quote: 'الرئيس بوتين يقود روسيا منذ سنوات',
        sentence: s2,
        about: ['person:vladimir-putin'],
      },
      {
        id: 'st2',
        speaker: { entityId: null, description: 'مسؤول روسي', affiliationId: 'country:ru' },
        via: null,
        cue: 'أكد',
        kind: 'confirmed',
        quote: 'الخبر',
        sentence: s3,
        about: [],
      },
    ],
    events: [],
    relations: [
      { type: 'LEADER_OF', from: 'person:vladimir-putin', to: 'country:ru', sentence: s2 },
      { type: 'SPOKESPERSON_OF', from: 'person:dmitry-peskov', to: 'group:kremlin', sentence: s3 },
    ],
  };
}
