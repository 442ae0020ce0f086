// Type references shared by the type files, so each file can point at the others without import
// cycles; every ref is implemented in the file named after it.
import { builder } from '../builder.ts';
import type {
  ArticleShape,
  EntityShape,
  EventShape,
  EvidenceShape,
  NodeShape,
  SourceShape,
  StatementShape,
} from '../shapes.ts';
import type { CoMentionShape, RelationShape, TimelineEntryShape } from './entity.loaders.ts';

export const EntityRef = builder.interfaceRef<EntityShape>('Entity');
export const PersonRef = builder.objectRef<EntityShape>('Person');
export const GroupRef = builder.objectRef<EntityShape>('Group');
export const CountryRef = builder.objectRef<EntityShape>('Country');
export const PlaceRef = builder.objectRef<EntityShape>('Place');
export const StatementRef = builder.objectRef<StatementShape>('Statement');
export const EventRef = builder.objectRef<EventShape>('Event');
export const ArticleRef = builder.objectRef<ArticleShape>('Article');
export const SourceRef = builder.objectRef<SourceShape>('Source');
export const EvidenceRef = builder.objectRef<EvidenceShape>('Evidence');
export const RelationRef = builder.objectRef<RelationShape>('Relation');
export const CoMentionRef = builder.objectRef<CoMentionShape>('CoMention');
export const TimelineEntryRef = builder.objectRef<TimelineEntryShape>('TimelineEntry');

/** Who said a statement: a named entity, or an unnamed source. */
export const SpeakerRef = builder.unionType('Speaker', {
  types: [PersonRef, GroupRef, CountryRef, PlaceRef, SourceRef],
  resolveType: (s: EntityShape | SourceShape) => s.__typename,
});

/** What a statement is about: an entity or an event. */
export const TopicRef = builder.unionType('Topic', {
  types: [PersonRef, GroupRef, CountryRef, PlaceRef, EventRef],
  resolveType: (s: EntityShape | EventShape) => s.__typename,
});

export const isTypename =
  (name: NodeShape['__typename']) =>
  (value: unknown): boolean =>
    typeof value === 'object' && value !== null && (value as { __typename?: unknown }).__typename === name;

export const StatementConnection = builder.connectionObject(
  { type: StatementRef, name: 'StatementConnection' },
  { name: 'StatementEdge' },
);
export const EventConnection = builder.connectionObject(
  { type: EventRef, name: 'EventConnection' },
  { name: 'EventEdge' },
);
export const ArticleConnection = builder.connectionObject(
  { type: ArticleRef, name: 'ArticleConnection' },
  { name: 'ArticleEdge' },
);
export const PersonConnection = builder.connectionObject(
  { type: PersonRef, name: 'PersonConnection' },
  { name: 'PersonEdge' },
);
export const GroupConnection = builder.connectionObject(
  { type: GroupRef, name: 'GroupConnection' },
  { name: 'GroupEdge' },
);
export const CountryConnection = builder.connectionObject(
  { type: CountryRef, name: 'CountryConnection' },
  { name: 'CountryEdge' },
);
export const PlaceConnection = builder.connectionObject(
  { type: PlaceRef, name: 'PlaceConnection' },
  { name: 'PlaceEdge' },
);
