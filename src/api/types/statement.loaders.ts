// Per-request loaders for statements: by id, who said them and via whom, what they are about.
import type DataLoader from 'dataloader';
import type { GraphDb, Row } from '../db.ts';
import { idLoader } from '../loaders.ts';
import {
  type EntityShape,
  type EventShape,
  isEntity,
  isSource,
  nonNull,
  type SourceShape,
  type StatementShape,
  toAnyNode,
  toEntity,
  toStatement,
} from '../shapes.ts';

/** Who made a statement (an entity or an unnamed Source) and the outlet relaying it. */
export interface SpeakersShape {
  speaker: EntityShape | SourceShape | null;
  via: EntityShape | null;
}

/** A `{speaker, via}` row of projections (statement-speakers.cypher). */
export function toSpeakers(row: Row): SpeakersShape {
  return { speaker: toSpeaker(row.speaker), via: toEntity(row.via) };
}

/** A speaker projection (an entity or an unnamed Source) as a shape; null for anything else. */
export function toSpeaker(props: unknown): EntityShape | SourceShape | null {
  const speaker = toAnyNode(props);
  return speaker && (isSource(speaker) || isEntity(speaker)) ? speaker : null;
}

export interface StatementLoaders {
  byId: DataLoader<string, StatementShape | null>;
  /** Who made each statement and the outlet relaying it: one query for both. */
  speakers: DataLoader<string, SpeakersShape | null>;
  about: DataLoader<string, (EntityShape | EventShape)[] | null>;
}

export function statementLoaders(db: GraphDb): StatementLoaders {
  return {
    byId: idLoader(db, 'statements-by-id', (row) => toStatement(row.node)),
    speakers: idLoader(db, 'statement-speakers', toSpeakers),
    about: idLoader(db, 'statement-about', (row) =>
      nonNull(
        (Array.isArray(row.about) ? row.about : []).map((p) => {
          const n = toAnyNode(p);
          return n && n.__typename !== 'Statement' && n.__typename !== 'Article' && n.__typename !== 'Source'
            ? n
            : null;
        }),
      ),
    ),
  };
}
