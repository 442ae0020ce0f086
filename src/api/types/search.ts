// Full-text search over whatever full-text indexes the migrations created (discovered with SHOW
// FULLTEXT INDEXES on the first search, re-read every minute in the background), with user input
// Lucene-escaped. Labels no index covers (or all, before any index exists) are found by a
// substring scan so the API still answers.
import { offsetToCursor } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import type { GraphDb } from '../db.ts';
import { badInput } from '../errors.ts';
import { pageOf } from '../pagination.ts';
import { lookupForms, type NodeShape, toAnyNode } from '../shapes.ts';

const SEARCH_TYPES = ['Person', 'Group', 'Country', 'Place', 'Event', 'Statement', 'Article'] as const;
type SearchType = (typeof SEARCH_TYPES)[number];
const ENTITY_LABELS: readonly string[] = ['Person', 'Group', 'Country', 'Place'];

const SearchTypeEnum = builder.enumType('SearchType', {
  values: Object.fromEntries(SEARCH_TYPES.map((t) => [t.toUpperCase(), { value: t }])) as Record<
    string,
    { value: SearchType }
  >,
});

// Lucene query syntax characters (and the two-character && ||, covered by escaping & and |).
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene syntax so user input is searched for literally, never parsed as a query. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, '\\$&').replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase());
}

/** Every word must match, in its typed or its normalised Arabic form. */
export function luceneQuery(query: string): string {
  // Bare operator words would become required terms no document has: the user meant the others.
  const words = query.split(/\s+/).filter((w) => w && !/^(AND|OR|NOT|TO|&&|\|\|)$/.test(w));
  return words
    .map((w) => {
      const norm = lookupForms(w).norm;
      // The analyzers lower-case, so a form that differs only in case adds nothing.
      const forms = (norm && norm !== w.toLowerCase() ? [w, norm] : [w]).map(escapeLucene);
      return forms.length > 1 ? `(${forms.join(' OR ')})` : forms[0]!;
    })
    .join(' AND ');
}

interface FulltextIndex {
  name: string;
  labels: string[];
}

const indexCache = new WeakMap<GraphDb, FulltextIndex[]>();

async function readIndexes(db: GraphDb): Promise<FulltextIndex[]> {
  const rows = await db.read('fulltext-indexes');
  return rows.map((r) => ({
    name: String(r.name),
    labels: Array.isArray(r.labelsOrTypes) ? r.labelsOrTypes.map(String) : [],
  }));
}

/**
 * Re-reads the full-text index list every minute in the background (indexes change only with
 * migrations, which may run while the API serves), so no search waits for a second statement.
 * createApp starts it and stops it with the server. Returns the stop function.
 */
export function watchFulltextIndexes(db: GraphDb, everyMs = 60_000): () => void {
  const timer = setInterval(() => {
    if (!indexCache.has(db)) return; // nobody searched yet: the first search reads the list
    // A failed refresh (Neo4j away) keeps the list of a minute ago.
    readIndexes(db).then(
      (indexes) => indexCache.set(db, indexes),
      () => {},
    );
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

async function fulltextIndexes(db: GraphDb): Promise<FulltextIndex[]> {
  const cached = indexCache.get(db);
  if (cached) return cached;
  const indexes = await readIndexes(db);
  indexCache.set(db, indexes);
  return indexes;
}

interface SearchEdge {
  cursor: string;
  node: NodeShape;
  score: number;
}

async function search(ctx: ApiContext, query: string, types: SearchType[], offset: number, limit: number) {
  const labels: string[] = types.length ? types : [...SEARCH_TYPES];
  const entityWanted = labels.some((l) => ENTITY_LABELS.includes(l));
  const indexes = await fulltextIndexes(ctx.db);
  // An index is used when it covers a wanted label; entities are indexed under :Entity.
  const covers = (i: FulltextIndex, label: string) => i.labels.includes(label);
  const used = indexes.filter(
    (i) => labels.some((l) => covers(i, l)) || (entityWanted && covers(i, 'Entity')),
  );
  const covered = (label: string) => used.some((i) => covers(i, label));
  const scan = [
    ...(entityWanted && !covered('Entity') && !ENTITY_LABELS.some(covered) ? ['Entity'] : []),
    ...labels.filter((l) => !ENTITY_LABELS.includes(l) && !covered(l)),
  ];
  // The scans cost a label scan per request whatever guards them, so the query with them is only
  // sent when some wanted label has no full-text index.
  const rows = await ctx.db.read(scan.length ? 'search' : 'search-fulltext', {
    indexes: used.map((i) => i.name),
    query: luceneQuery(query),
    fetch: Math.max(100, offset + limit) * 2,
    scan,
    labels,
    ...lookupForms(query),
    offset,
    limit,
  });
  const row = rows[0] ?? {};
  const page = Array.isArray(row.page) ? row.page : [];
  const scores = Array.isArray(row.scores) ? row.scores : [];
  const edges: SearchEdge[] = [];
  page.forEach((hit, i) => {
    const node = toAnyNode(hit);
    if (node) edges.push({ cursor: offsetToCursor(offset + edges.length), node, score: Number(scores[i]) });
  });
  return { edges, total: Number(row.total ?? 0) };
}

const SearchEdgeRef = builder.objectRef<SearchEdge>('SearchEdge');
builder.objectType(SearchEdgeRef, {
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: builder.nodeInterfaceRef(), resolve: (e) => e.node }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better.' }),
  }),
});

const SearchConnectionRef = builder.objectRef<{
  edges: SearchEdge[];
  total: number;
  offset: number;
}>('SearchConnection');
builder.objectType(SearchConnectionRef, {
  fields: (t) => ({
    edges: t.field({ type: [SearchEdgeRef], resolve: (c) => c.edges }),
    totalCount: t.int({ resolve: (c) => c.total }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      resolve: (c) => ({
        hasNextPage: c.offset + c.edges.length < c.total,
        hasPreviousPage: c.offset > 0,
        startCursor: c.edges[0]?.cursor ?? null,
        endCursor: c.edges.at(-1)?.cursor ?? null,
      }),
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: SearchConnectionRef,
    description:
      'Full-text search over names (Arabic, any spelling; English), quotes, sentences and titles. The query is taken literally (Lucene syntax is escaped).',
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [SearchTypeEnum] }),
      first: t.arg.int(),
      after: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const query = args.query.trim();
      if (!query) throw badInput('query must not be empty', { argument: 'query' });
      if (!luceneQuery(query)) return { edges: [], total: 0, offset: 0 };
      if (query.length > 200) throw badInput('query is longer than 200 characters', { argument: 'query' });
      const page = pageOf(args);
      const r = await search(ctx, query, args.types ?? [], page.offset, page.limit);
      return { ...r, offset: page.offset };
    },
  }),
);
