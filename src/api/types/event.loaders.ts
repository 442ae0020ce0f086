// Per-request loaders for events: by id, and participants/location/evidence in one query.
import type DataLoader from 'dataloader';
import type { GraphDb, Row } from '../db.ts';
import { idLoader } from '../loaders.ts';
import {
  type EntityShape,
  type EventShape,
  type EvidenceShape,
  nonNull,
  toEntity,
  toEvent,
  zipEvidence,
} from '../shapes.ts';

export interface EventDetails {
  participants: { role: string; entity: EntityShape }[];
  location: EntityShape | null;
  evidence: EvidenceShape[];
}

export interface EventLoaders {
  byId: DataLoader<string, EventShape | null>;
  details: DataLoader<string, EventDetails | null>;
}

export function eventLoaders(db: GraphDb): EventLoaders {
  return {
    byId: idLoader(db, 'events-by-id', (row) => toEvent(row.node)),
    details: idLoader(db, 'event-details', (row) => ({
      participants: nonNull(
        (Array.isArray(row.participants) ? (row.participants as Row[]) : []).map((p) => {
          const entity = toEntity(p.entity);
          return entity ? { role: String(p.role ?? 'participant'), entity } : null;
        }),
      ),
      location: toEntity(row.location),
      evidence: (Array.isArray(row.reports) ? (row.reports as Row[]) : []).flatMap((r) =>
        zipEvidence({ articleId: r.articleId, sentences: r.sentences, starts: r.starts, ends: r.ends }),
      ),
    })),
  };
}
