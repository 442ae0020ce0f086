// Statements: who said what, about whom, relayed by which outlet, with the sentence as evidence.
import { builder } from '../builder.ts';
import { parseAnyId } from '../ids.ts';
import { pageOf, toConnection } from '../pagination.ts';
import { toStatement } from '../shapes.ts';
import { DateSortEnum, StatementKindEnum } from './enums.ts';
import {
  ArticleRef,
  EntityRef,
  EvidenceRef,
  isTypename,
  SpeakerRef,
  StatementConnection,
  StatementRef,
  TopicRef,
} from './refs.ts';

builder.node(StatementRef, {
  description: 'Something someone said, denied, confirmed… as reported in an article.',
  isTypeOf: isTypename('Statement'),
  id: { resolve: (s) => s.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.statement.byId.load(id))),
  fields: (t) => ({
    statementId: t.exposeString('id'),
    kind: t.field({ type: StatementKindEnum, resolve: (s) => s.kind as 'said' }),
    cue: t.exposeString('cue', { description: 'The reporting verb as written (نفت، قال…).' }),
    quote: t.exposeString('quote'),
    sentence: t.exposeString('sentence'),
    speaker: t.field({
      type: SpeakerRef,
      nullable: true,
      // A page that fetched the speaker (statements about an entity) hands it over directly.
      resolve: (s, _args, ctx) =>
        s.speaker !== undefined
          ? s.speaker
          : ctx.loaders.statement.speakers.load(s.id).then((x) => x?.speaker ?? null),
    }),
    via: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The outlet that relayed it (صنداي تايمز…).',
      resolve: (s, _args, ctx) =>
        s.via !== undefined ? s.via : ctx.loaders.statement.speakers.load(s.id).then((x) => x?.via ?? null),
    }),
    about: t.field({
      type: [TopicRef],
      resolve: async (s, _args, ctx) => (await ctx.loaders.statement.about.load(s.id)) ?? [],
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      resolve: (s, _args, ctx) => (s.articleId ? ctx.loaders.article.byId.load(s.articleId) : null),
    }),
    evidence: t.field({
      type: EvidenceRef,
      nullable: true,
      resolve: (s) =>
        s.articleId
          ? { articleId: s.articleId, sentence: s.sentence, text: s.quote, start: s.start, end: s.end }
          : null,
    }),
  }),
});

const StatementFilter = builder.inputType('StatementFilter', {
  fields: (t) => ({
    kind: t.field({ type: StatementKindEnum }),
    speaker: t.id({ description: 'Said by this entity, or by an unnamed official of it.' }),
    about: t.id({ description: 'About this entity or event.' }),
    via: t.id({ description: 'Relayed by this outlet.' }),
    article: t.id(),
    dateFrom: t.string({ description: 'Article published on or after (YYYY-MM-DD).' }),
    dateTo: t.string(),
  }),
});

const id = (v: string | number | null | undefined) => (v == null ? null : parseAnyId(String(v)).id);

builder.queryFields((t) => ({
  statements: t.field({
    type: StatementConnection,
    args: {
      filter: t.arg({ type: StatementFilter }),
      sort: t.arg({ type: DateSortEnum, defaultValue: 'NEWEST' }),
      first: t.arg.int(),
      after: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const page = pageOf(args);
      const f = args.filter;
      const rows = await ctx.db.read('statements-list', {
        kind: f?.kind ?? null,
        speaker: id(f?.speaker),
        about: id(f?.about),
        via: id(f?.via),
        article: id(f?.article),
        dateFrom: f?.dateFrom ?? null,
        dateTo: f?.dateTo ?? null,
        desc: (args.sort ?? 'NEWEST') === 'NEWEST',
        ...page,
      });
      const row = rows[0] ?? {};
      const items = (Array.isArray(row.page) ? row.page : []).map(toStatement).filter((s) => s !== null);
      for (const s of items) ctx.loaders.statement.byId.prime(s.id, s);
      return toConnection(items, Number(row.total ?? 0), page);
    },
  }),
}));
