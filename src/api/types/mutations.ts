// Writes, behind the bearer API key: ingest one article (extract + load) and delete one.
import { deleteArticle } from '../../graph/writer.ts';
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import { apiError, badInput, notFound } from '../errors.ts';
import { parseAnyId } from '../ids.ts';
import { nonNull } from '../shapes.ts';
import { ArticleRef, EntityRef, EventRef, StatementRef } from './refs.ts';

export interface IngestInput {
  title: string;
  body: string;
  publishedAt: string | null;
  source: string | null;
}

/** What the extractor + loader produced for one article (ids as written to the graph). */
export interface IngestOutcome {
  articleId: string;
  entityIds: string[];
  statementIds: string[];
  eventIds: string[];
  relations: number;
}

/** Extracts and loads one article; supplied by whoever wires the app (serve, tests). */
export type IngestFn = (input: IngestInput) => Promise<IngestOutcome>;

function requireKey(ctx: ApiContext): void {
  if (!ctx.auth.enabled)
    throw apiError('UNAUTHENTICATED', 'mutations are disabled on this server (no AKHBAR_API_KEY)');
  if (!ctx.auth.ok) throw apiError('UNAUTHENTICATED', 'a valid bearer API key is required');
}

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    body: t.string({ required: true }),
    publishedAt: t.string({ description: 'YYYY-MM-DD' }),
    source: t.string(),
  }),
});

const IngestResultRef = builder.objectRef<IngestOutcome>('IngestResult');
builder.objectType(IngestResultRef, {
  description: 'What was found in the article and is now in the graph.',
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      resolve: async (r, _args, ctx) => {
        const article = await ctx.loaders.article.byId.load(r.articleId);
        if (!article) throw notFound(`article ${r.articleId}`);
        return article;
      },
    }),
    entities: t.field({
      type: [EntityRef],
      resolve: async (r, _args, ctx) =>
        nonNull(await Promise.all(r.entityIds.map((id) => ctx.loaders.entity.byId.load(id)))),
    }),
    statements: t.field({
      type: [StatementRef],
      resolve: async (r, _args, ctx) =>
        nonNull(await Promise.all(r.statementIds.map((id) => ctx.loaders.statement.byId.load(id)))),
    }),
    events: t.field({
      type: [EventRef],
      resolve: async (r, _args, ctx) =>
        nonNull(await Promise.all(r.eventIds.map((id) => ctx.loaders.event.byId.load(id)))),
    }),
    relations: t.exposeInt('relations'),
  }),
});

interface DeleteShape {
  articleId: string;
  deleted: boolean;
}

const DeleteResultRef = builder.objectRef<DeleteShape>('DeleteArticleResult');
builder.objectType(DeleteResultRef, {
  description:
    'The article is gone with its statements, events and mentions; entities and relations other articles support stay.',
  fields: (t) => ({
    articleId: t.exposeString('articleId'),
    deleted: t.exposeBoolean('deleted'),
  }),
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestResultRef,
    description: 'Extracts people, groups, places, statements and events from one article and loads them.',
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireKey(ctx);
      if (!input.title.trim() || !input.body.trim()) throw badInput('title and body must not be empty');
      if (input.body.length > 1_000_000) throw badInput('body is longer than 1,000,000 characters');
      if (input.publishedAt && !DATE.test(input.publishedAt)) {
        throw badInput('publishedAt must be YYYY-MM-DD', { argument: 'publishedAt' });
      }
      const ingest = ctx.ingest;
      if (!ingest) throw apiError('NOT_IMPLEMENTED', 'ingestion is not available on this server');
      return ctx.db.writeWith(() =>
        ingest({
          title: input.title,
          body: input.body,
          publishedAt: input.publishedAt ?? null,
          source: input.source ?? null,
        }),
      );
    },
  }),
  deleteArticle: t.field({
    type: DeleteResultRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      requireKey(ctx);
      const id = parseAnyId(String(args.id)).id;
      const deleted = await ctx.db.writeWith((driver, database) => deleteArticle(driver, id, { database }));
      if (!deleted) throw notFound(`article ${args.id}`);
      return { articleId: id, deleted };
    },
  }),
}));
