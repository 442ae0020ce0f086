// Per-request loaders for entities and everything hanging off them; each is one query per batch.
import type DataLoader from 'dataloader';
import type { GraphDb, Row } from '../db.ts';
import {
  emptyPage,
  idLoader,
  type Keyed,
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
  toAnyNode,
  toEntity,
  toEvent,
  toStatement,
  zipEvidence,
} from '../shapes.ts';
import { type SpeakersShape, toSpeakers } from './statement.loaders.ts';

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
 * A page of the statements about an entity, with the entity itself and, when asked for
 * (`speakers` in the args), each statement's speaker and outlet, for priming their loaders.
 */
export interface StatementsAboutPage extends PageResult<StatementShape> {
  entity: EntityShape | null;
  speakers: Map<string, SpeakersShape>;
}

function statementsAboutPage(row: Row): StatementsAboutPage {
  const page = pageOfRows(row, toStatement);
  const speakers = new Map<string, SpeakersShape>();
  for (const x of Array.isArray(row.page) ? (row.page as Row[]) : []) {
    if (x?.__speakers && typeof x.__speakers === 'object') {
      speakers.set(String(x.id), toSpeakers(x.__speakers as Row));
    }
  }
  return { ...page, entity: toEntity(row.node), speakers };
}

export interface EntityLoaders {
  byId: DataLoader<string, EntityShape | null>;
  statementsBy: DataLoader<Keyed<PageArgs>, PageResult<StatementShape>, string>;
  statementsAbout: DataLoader<Keyed<PageArgs>, StatementsAboutPage, string>;
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
    statementsAbout: keyedLoader<PageArgs, StatementsAboutPage>(
      db,
      'entity-statements-about',
      statementsAboutPage,
      () => ({ ...emptyPage<StatementShape>(), entity: null, speakers: new Map() }),
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
