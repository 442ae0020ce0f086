// Per-request loaders for articles: by id, and the entities each one mentions.
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
  type ArticleShape,
  type EntityShape,
  type EventShape,
  type EvidenceShape,
  nonNull,
  type StatementShape,
  toArticle,
  toEntity,
  toEvent,
  toStatement,
  zipEvidence,
} from '../shapes.ts';

export interface MentionShape {
  entity: EntityShape;
  count: number;
  evidence: EvidenceShape[];
}

export interface ArticleLoaders {
  byId: DataLoader<string, ArticleShape | null>;
  mentions: DataLoader<string, MentionShape[] | null>;
  statements: DataLoader<Keyed<PageArgs>, PageResult<StatementShape>, string>;
  events: DataLoader<Keyed<PageArgs>, PageResult<EventShape>, string>;
}

export function articleLoaders(db: GraphDb): ArticleLoaders {
  return {
    byId: idLoader(db, 'articles-by-id', (row) => toArticle(row.node)),
    mentions: idLoader(db, 'article-entities', (row) =>
      nonNull(
        (Array.isArray(row.mentions) ? (row.mentions as Row[]) : []).map((m) => {
          const entity = toEntity(m.entity);
          if (!entity) return null;
          const evidence = zipEvidence({ articleId: row.id, texts: m.texts, starts: m.starts, ends: m.ends });
          return { entity, count: Number(m.count ?? evidence.length), evidence };
        }),
      ),
    ),
    statements: keyedLoader<PageArgs, PageResult<StatementShape>>(
      db,
      'article-statements',
      (r) => pageOfRows(r, toStatement),
      emptyPage,
    ),
    events: keyedLoader<PageArgs, PageResult<EventShape>>(
      db,
      'article-events',
      (r) => pageOfRows(r, toEvent),
      emptyPage,
    ),
  };
}
