// Per-request loaders for unnamed speakers.
import type DataLoader from 'dataloader';
import type { GraphDb } from '../db.ts';
import { idLoader } from '../loaders.ts';
import { type EntityShape, type SourceShape, toEntity, toSource } from '../shapes.ts';

export interface SourceLoaders {
  byId: DataLoader<string, SourceShape | null>;
  affiliation: DataLoader<string, EntityShape | null>;
}

export function sourceLoaders(db: GraphDb): SourceLoaders {
  return {
    byId: idLoader(db, 'sources-by-id', (row) => toSource(row.node)),
    affiliation: idLoader(db, 'source-affiliations', (row) => toEntity(row.entity)),
  };
}
