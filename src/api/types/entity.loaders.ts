// Per-request loaders for entities and everything hanging off them; each is one query per batch.
import type DataLoader from 'dataloader';
import type { GraphDb, Row } from '../db.ts';
import {
  emptyPage,
  idLoader,
  type Keyed,
  keyedBatchLoader,
  keyedLoader,
  type PageArgs,
  type PageResult,
  pageOfRows,
} from '../loaders.ts';
import {
  type EntityShape,
  type EventShape,
  type EvidenceShape,
  type NodeShape,
  nonNull,
  type StatementShape,
  statementOf,
  toAnyNode,
  toEntity,
  toEvent,
  toStatement,
  zipEvidence,
} from '../shapes.ts';
import { toSpeaker } from './statement.loaders.ts';

export const RELATION_TYPES = [
  'LEADER_OF',
  'SPOKESPERSON_OF',
  'MEMBER_OF',
  'DEPUTY_OF',
  'FOUNDER_OF',
  'PART_OF',
  'LOCATED_IN',
  'BORDERS',
  'BASED_IN',
  'AFFILIATED_WITH',
] as const;

export interface RelationShape {
  type: string;
  from: EntityShape;
  to: EntityShape;
  evidence: EvidenceShape[];
}

export interface CoMentionShape {
  entity: EntityShape;
  articles: number;
  statements: number;
}

export interface TimelineEntryShape {
  kind: 'EVENT' | 'STATEMENT';
  date: string | null;
  node: EventShape | StatementShape;
}

/**
 * A page of the statements about an entity, with the entity itself; when the args ask for them
 * (`speakers`, `via`), each statement carries its speaker and outlet.
 */
export interface StatementsAboutPage extends PageResult<StatementShape> {
  entity: EntityShape | null;
}

/** What a statements-about page fetches beyond each statement's short fields. */
export interface StatementsAboutArgs extends PageArgs {
  kind: string | null;
  speakers: boolean;
  via: boolean;
  sentences: boolean;
  locations: boolean;
}

const list = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : null);

function statementsAboutPage(row: Row): StatementsAboutPage {
  const page = list(row.page) ?? [];
  const sentences = list(row.sentences);
  const locations = list(row.locations);
  const speakerList = list(row.speakers);
  const viaList = list(row.vias);
  const items = page.map((props, i) => {
    const s = statementOf(props as Row);
    if (sentences) s.sentence = typeof sentences[i] === 'string' ? sentences[i] : '';
    const at = locations ? list(locations[i]) : null;
    if (at) {
      s.articleId = typeof at[0] === 'string' ? at[0] : null;
      s.start = typeof at[1] === 'number' ? at[1] : null;
      s.end = typeof at[2] === 'number' ? at[2] : null;
    }
    if (speakerList) s.speaker = toSpeaker(speakerList[i]);
    if (viaList) s.via = toEntity(viaList[i]);
    return s;
  });
  return { total: Number(row.total ?? 0), items, entity: toEntity(row.node) };
}

const emptyStatementsAbout = (): StatementsAboutPage => ({
  ...emptyPage<StatementShape>(),
  entity: null,
});

/**
 * Pages of statements about entities: cut from their digests (entity-statements-about), and only
 * for the entities whose digest cannot answer this page, sorted from every statement
 * (entity-statements-about-sorted), a second query.
 */
export async function statementsAboutPages(
  db: GraphDb,
  ids: readonly string[],
  args: StatementsAboutArgs,
): Promise<Map<string, StatementsAboutPage>> {
  const params = { ...args, ids: [...ids] };
  const rows = await db.read('entity-statements-about', params);
  const pages = new Map<string, StatementsAboutPage>();
  const rest: string[] = [];
  for (const row of rows) {
    if (row.fromDigest === true) pages.set(String(row.id), statementsAboutPage(row));
    else rest.push(String(row.id));
  }
  if (rest.length > 0) {
    for (const row of await db.read('entity-statements-about-sorted', { ...params, ids: rest }))
      pages.set(String(row.id), statementsAboutPage(row));
  }
  return pages;
}

export interface EntityLoaders {
  byId: DataLoader<string, EntityShape | null>;
  statementsBy: DataLoader<Keyed<PageArgs>, PageResult<StatementShape>, string>;
  statementsAbout: DataLoader<Keyed<StatementsAboutArgs>, StatementsAboutPage, string>;
  events: DataLoader<Keyed<PageArgs>, PageResult<EventShape>, string>;
  relations: DataLoader<Keyed<Row>, RelationShape[], string>;
  coMentioned: DataLoader<Keyed<Row>, CoMentionShape[], string>;
  timeline: DataLoader<Keyed<Row>, TimelineEntryShape[], string>;
  mentions: DataLoader<string, EvidenceShape[] | null>;
}

export function entityLoaders(db: GraphDb): EntityLoaders {
  return {
    byId: idLoader(db, 'entities-by-id', (row) => toEntity(row.node)),
    statementsBy: keyedLoader<PageArgs, PageResult<StatementShape>>(
      db,
      'entity-statements-by',
      (r) => pageOfRows(r, toStatement),
      emptyPage,
    ),
    statementsAbout: keyedBatchLoader<StatementsAboutArgs, StatementsAboutPage>(
      (ids, args) => statementsAboutPages(db, ids, args),
      emptyStatementsAbout,
    ),
    events: keyedLoader<PageArgs, PageResult<EventShape>>(
      db,
      'entity-events',
      (r) => pageOfRows(r, toEvent),
      emptyPage,
    ),
    relations: keyedLoader(
      db,
      'entity-relations',
      (row) =>
        nonNull(
          (Array.isArray(row.relations) ? (row.relations as Row[]) : []).map((r) => {
            const from = toEntity(r.from);
            const to = toEntity(r.to);
            if (!from || !to) return null;
            return { type: String(r.type), from, to, evidence: zipEvidence((r.props ?? {}) as Row) };
          }),
        ),
      () => [],
    ),
    coMentioned: keyedLoader(
      db,
      'entity-co-mentioned',
      (row) =>
        nonNull(
          (Array.isArray(row.items) ? (row.items as Row[]) : []).map((i) => {
            const entity = toEntity(i.entity);
            return entity ? { entity, articles: Number(i.articles), statements: Number(i.statements) } : null;
          }),
        ),
      () => [],
    ),
    timeline: keyedLoader(
      db,
      'entity-timeline',
      (row) =>
        nonNull(
          (Array.isArray(row.items) ? (row.items as Row[]) : []).map((i): TimelineEntryShape | null => {
            const node: NodeShape | null = toAnyNode(i.node);
            if (!node || (node.__typename !== 'Event' && node.__typename !== 'Statement')) return null;
            return {
              kind: i.kind === 'EVENT' ? 'EVENT' : 'STATEMENT',
              date: (i.date as string) ?? null,
              node,
            };
          }),
        ),
      () => [],
    ),
    mentions: idLoader(db, 'entity-mentions', (row) =>
      (Array.isArray(row.mentions) ? (row.mentions as Row[]) : []).flatMap((m) =>
        zipEvidence({ articleId: m.articleId, texts: m.texts, starts: m.starts, ends: m.ends }),
      ),
    ),
  };
}
