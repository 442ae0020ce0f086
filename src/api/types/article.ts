// Articles: the evidence everything else points back to.
import { builder } from '../builder.ts';
import { parseAnyId } from '../ids.ts';
import { checkSize, pageOf, toConnection } from '../pagination.ts';
import type { EntityShape, EvidenceShape } from '../shapes.ts';
import { toArticle } from '../shapes.ts';
import { ArticleSortEnum } from './enums.ts';
import {
  ArticleConnection,
  ArticleRef,
  EntityRef,
  EventConnection,
  EvidenceRef,
  isTypename,
  StatementConnection,
} from './refs.ts';

const MentionRef = builder.objectRef<{ entity: EntityShape; count: number; evidence: EvidenceShape[] }>(
  'Mention',
);

builder.objectType(MentionRef, {
  description: 'An entity an article names, how often, and where.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (m) => m.entity }),
    count: t.exposeInt('count'),
    evidence: t.field({ type: [EvidenceRef], resolve: (m) => m.evidence }),
  }),
});

builder.node(ArticleRef, {
  description: 'A news article as loaded; offsets everywhere refer to its text.',
  isTypeOf: isTypename('Article'),
  id: { resolve: (a) => a.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.article.byId.load(id))),
  fields: (t) => ({
    articleId: t.exposeString('id', { description: 'Content hash of title and body.' }),
    title: t.exposeString('title'),
    source: t.exposeString('source', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', { nullable: true, description: 'YYYY-MM-DD' }),
    url: t.exposeString('url', { nullable: true }),
    text: t.exposeString('text'),
    mentions: t.field({
      type: [MentionRef],
      args: { first: t.arg.int({ defaultValue: 50 }) },
      resolve: async (a, args, ctx) => {
        checkSize('first', args.first ?? 50, 100);
        return ((await ctx.loaders.article.mentions.load(a.id)) ?? []).slice(0, args.first ?? 50);
      },
    }),
    statements: t.field({
      type: StatementConnection,
      args: { first: t.arg.int(), after: t.arg.string() },
      resolve: async (a, args, ctx) => {
        const page = pageOf(args);
        const r = await ctx.loaders.article.statements.load({ id: a.id, args: { ...page } });
        return toConnection(r.items, r.total, page);
      },
    }),
    events: t.field({
      type: EventConnection,
      args: { first: t.arg.int(), after: t.arg.string() },
      resolve: async (a, args, ctx) => {
        const page = pageOf(args);
        const r = await ctx.loaders.article.events.load({ id: a.id, args: { ...page } });
        return toConnection(r.items, r.total, page);
      },
    }),
  }),
});

const ArticleFilter = builder.inputType('ArticleFilter', {
  fields: (t) => ({
    source: t.string(),
    dateFrom: t.string({ description: 'Published on or after (YYYY-MM-DD).' }),
    dateTo: t.string(),
    mentions: t.id({ description: 'Names this entity.' }),
  }),
});

builder.queryFields((t) => ({
  articles: t.field({
    type: ArticleConnection,
    args: {
      filter: t.arg({ type: ArticleFilter }),
      sort: t.arg({ type: ArticleSortEnum, defaultValue: 'NEWEST' }),
      first: t.arg.int(),
      after: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const page = pageOf(args);
      const f = args.filter;
      const rows = await ctx.db.read('articles-list', {
        source: f?.source ?? null,
        dateFrom: f?.dateFrom ?? null,
        dateTo: f?.dateTo ?? null,
        mentions: f?.mentions == null ? null : parseAnyId(String(f.mentions)).id,
        sort: args.sort ?? 'NEWEST',
        ...page,
      });
      const row = rows[0] ?? {};
      const items = (Array.isArray(row.page) ? row.page : []).map(toArticle).filter((a) => a !== null);
      for (const a of items) ctx.loaders.article.byId.prime(a.id, a);
      return toConnection(items, Number(row.total ?? 0), page);
    },
  }),
}));
