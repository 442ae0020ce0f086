// Per-request loaders for unnamed speakers.
import type DataLoader from 'dataloader';
import type { GraphDb, Row } from '../db.ts';
import { idLoader } from '../loaders.ts';
import {
  type EntityShape,
  type EvidenceShape,
  type SourceShape,
  toEntity,
  toSource,
  zipEvidence,
} from '../shapes.ts';

export interface SourceLoaders {
  byId: DataLoader<string, SourceShape | null>;
  affiliation: DataLoader<string, EntityShape | null>;
  evidence: DataLoader<string, EvidenceShape[] | null>;
}

export function sourceLoaders(db: GraphDb): SourceLoaders {
  return {
    byId: idLoader(db, 'sources-by-id', (row) => toSource(row.node)),
    affiliation: idLoader(db, 'source-affiliations', (row) => toEntity(row.entity)),
    evidence: idLoader(db, 'source-evidence', (row) =>
      (Array.isArray(row.evidence) ? (row.evidence as Row[]) : []).flatMap((e) =>
        zipEvidence({ articleId: e.articleId, sentences: [e.sentence], starts: [e.start], ends: [e.end] }),
      ),
    ),
  };
}
