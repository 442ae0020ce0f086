// Drawing and tracing: shortest paths between two entities and the neighbourhood of a node, both
// as {nodes, edges} with global ids so a client can draw them directly.
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { globalId, parseAnyId } from '../ids.ts';
import { checkSize } from '../pagination.ts';
import { selectsAny, selectsBeyond } from '../selection.ts';
import {
  type EvidenceShape,
  isEvent,
  isStatement,
  type NodeShape,
  nonNull,
  toAnyNode,
  zipEvidence,
} from '../shapes.ts';
import { EntityRefInput, findEntity } from './entity.ts';
import { EvidenceRef } from './refs.ts';

export const MAX_HOPS = 4;
export const MAX_DEPTH = 3;
export const MAX_NODES = 100;

interface EdgeShape {
  type: string;
  from: string;
  to: string;
  role: string | null;
  /** Evidence known from the edge or its statement; null: the event's, fetched when asked. */
  evidence: EvidenceShape[] | null;
  eventId: string | null;
}

interface SubgraphShape {
  nodes: NodeShape[];
  edges: EdgeShape[];
}

type Row = Record<string, unknown>;

function subgraph(row: Row): SubgraphShape {
  const nodes = nonNull((Array.isArray(row.nodes) ? row.nodes : []).map(toAnyNode));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: EdgeShape[] = [];
  for (const e of Array.isArray(row.edges) ? (row.edges as Row[]) : []) {
    const from = String(e.from);
    const to = String(e.to);
    const fromNode = byId.get(from);
    const toNode = byId.get(to);
    if (!fromNode || !toNode) continue;
    const props = (e.props ?? {}) as Row;
    // Evidence of an edge: relations, REPORTED_IN and MENTIONS carry their own lists (the latter
    // two on the edge to the article itself); a statement's edges share its sentence; an event's
    // edges (INVOLVES, IN) its reporting sentences.
    const articleId = toNode.__typename === 'Article' ? to : undefined;
    let evidence: EvidenceShape[] | null = zipEvidence({ ...props, ...(articleId ? { articleId } : {}) });
    const statement = [fromNode, toNode].find(isStatement);
    const event = [fromNode, toNode].find(isEvent);
    if (!evidence.length && statement?.articleId) {
      evidence = [
        {
          articleId: statement.articleId,
          sentence: statement.sentence,
          text: null,
          start: statement.start,
          end: statement.end,
        },
      ];
    } else if (!evidence.length && event) evidence = null;
    edges.push({
      type: String(e.type),
      from: globalId(fromNode.__typename, from),
      to: globalId(toNode.__typename, to),
      role: typeof props.role === 'string' ? props.role : null,
      evidence,
      eventId: event?.id ?? null,
    });
  }
  return { nodes, edges };
}

const GraphEdgeRef = builder.objectRef<EdgeShape>('GraphEdge');
builder.objectType(GraphEdgeRef, {
  description: 'A relationship in the graph, between two nodes given by global id.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'SAID_BY, ABOUT, VIA, INVOLVES, IN, LEADER_OF…' }),
    from: t.exposeID('from'),
    to: t.exposeID('to'),
    role: t.exposeString('role', {
      nullable: true,
      description: 'For INVOLVES: actor, target, participant.',
    }),
    evidence: t.field({
      type: [EvidenceRef],
      resolve: async (e, _args, ctx) =>
        e.evidence ?? (e.eventId ? ((await ctx.loaders.event.details.load(e.eventId))?.evidence ?? []) : []),
    }),
  }),
});

const PathRef = builder.objectRef<SubgraphShape>('Path');
builder.objectType(PathRef, {
  description: 'A chain from one node to another: nodes in order, edges between consecutive nodes.',
  fields: (t) => ({
    length: t.int({ resolve: (p) => p.edges.length }),
    nodes: t.field({ type: [builder.nodeInterfaceRef()], resolve: (p) => p.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (p) => p.edges }),
  }),
});

const NeighborhoodRef = builder.objectRef<SubgraphShape & { center: NodeShape }>('Neighborhood');
builder.objectType(NeighborhoodRef, {
  description: 'A node and what surrounds it, ready to draw.',
  fields: (t) => ({
    center: t.field({ type: builder.nodeInterfaceRef(), resolve: (n) => n.center }),
    nodes: t.field({ type: [builder.nodeInterfaceRef()], resolve: (n) => n.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (n) => n.edges }),
  }),
});

async function centreId(ctx: ApiContext, id: string | null | undefined, name: string | null | undefined) {
  if (id) return parseAnyId(id).id;
  if (name) return (await findEntity(ctx, { name })).id;
  throw badInput('give an id or a name');
}

/** A path end's graph id: an id as given (the path query checks it exists), a name looked up. */
async function pathEnd(
  ctx: ApiContext,
  ref: { id?: string | number | null; name?: string | null },
): Promise<string> {
  const id = ref.id == null ? '' : String(ref.id);
  if (id) return parseAnyId(id).id;
  return (await findEntity(ctx, { name: ref.name })).id;
}

const ID_ONLY = ['id', '__typename'];
const EDGE_ENDS = ['type', 'from', 'to', '__typename'];

/**
 * What a subgraph query must project for this selection. Nodes asked only for id/__typename need
 * no properties (the common "draw it" query), edges asked only for type and ends need none either;
 * edge evidence is built from the edge's properties and its statement's, so it needs both.
 */
function projection(
  info: GraphQLResolveInfo,
  nodeFields: readonly string[][],
): { full: boolean; props: boolean } {
  const props = selectsBeyond(info, ['edges'], EDGE_ENDS);
  const full =
    nodeFields.some((path) => selectsBeyond(info, path, ID_ONLY)) ||
    selectsAny(info, ['edges'], ['evidence']);
  return { full, props };
}

builder.queryFields((t) => ({
  paths: t.field({
    type: [PathRef],
    description:
      'The shortest chains between two entities through statements, events, unnamed speakers and relations (articles left out).',
    args: {
      from: t.arg({ type: EntityRefInput, required: true }),
      to: t.arg({ type: EntityRefInput, required: true }),
      maxHops: t.arg.int({ defaultValue: MAX_HOPS, description: `at most ${MAX_HOPS}` }),
      first: t.arg.int({ defaultValue: 5 }),
    },
    resolve: async (_root, args, ctx, info) => {
      const maxHops = args.maxHops ?? MAX_HOPS;
      const first = args.first ?? 5;
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
        throw badInput(`maxHops must be from 1 to ${MAX_HOPS}`, { argument: 'maxHops', max: MAX_HOPS });
      }
      checkSize('first', first, 100);
      // Ends given by id go straight into the path query, which looks them up itself (one
      // statement per request); only ends given by name need their own lookup first.
      const [from, to] = await Promise.all([pathEnd(ctx, args.from), pathEnd(ctx, args.to)]);
      const rows = await ctx.db.read('paths', { from, to, maxHops, first, ...projection(info, [['nodes']]) });
      const row = rows[0] ?? {};
      if (row.fromFound !== true) throw notFound(`entity ${args.from.id ?? args.from.name}`);
      if (row.toFound !== true) throw notFound(`entity ${args.to.id ?? args.to.name}`);
      return (Array.isArray(row.paths) ? (row.paths as Row[]) : []).map(subgraph);
    },
  }),
  neighborhood: t.field({
    type: NeighborhoodRef,
    description:
      "Everything within depth hops of a node, at most limit nodes, with the edges among them: closest first; within a ring, entities (by id), then the rest newest first (by their article's date).",
    args: {
      id: t.arg.id(),
      name: t.arg.string({ description: 'An entity name instead of an id.' }),
      depth: t.arg.int({ defaultValue: 1, description: `at most ${MAX_DEPTH}` }),
      limit: t.arg.int({ defaultValue: 50, description: `at most ${MAX_NODES} nodes` }),
      includeArticles: t.arg.boolean({ defaultValue: false }),
    },
    resolve: async (_root, args, ctx, info) => {
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 50;
      if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
        throw badInput(`depth must be from 1 to ${MAX_DEPTH}`, { argument: 'depth', max: MAX_DEPTH });
      }
      checkSize('limit', limit, MAX_NODES);
      if (limit < 1) throw badInput('limit must be at least 1', { argument: 'limit' });
      const id = await centreId(ctx, args.id == null ? null : String(args.id), args.name);
      // The relationship types are in the query text (literal types let Neo4j read only those
      // relationships of a hub), so including articles is a second query file.
      const rows = await ctx.db.read(args.includeArticles ? 'neighborhood-articles' : 'neighborhood', {
        id,
        depth,
        limit,
        ...projection(info, [['nodes'], ['center']]),
      });
      const row = rows[0];
      if (!row) throw notFound(`node ${args.id ?? args.name}`);
      const graph = subgraph(row);
      const center = graph.nodes.find((n) => n.id === id);
      if (!center) throw notFound(`node ${args.id ?? args.name}`);
      return { ...graph, center };
    },
  }),
}));
