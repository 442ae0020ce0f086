// The graph's vocabularies as GraphQL enums; values are the strings stored in Neo4j, checked
// against the extraction contract's types.
import type { EventType, StatementKind } from '../../extract/contract.ts';
import { builder } from '../builder.ts';
import { RELATION_TYPES } from './entity.loaders.ts';

const values = <T extends string>(list: readonly T[], upper = true) =>
  Object.fromEntries(list.map((v) => [upper ? v.toUpperCase() : v, { value: v }])) as Record<
    string,
    { value: T }
  >;

export const STATEMENT_KINDS = [
  'said',
  'denied',
  'confirmed',
  'reported',
  'accused',
  'warned',
  'called',
  'other',
] as const satisfies readonly StatementKind[];
export const EVENT_TYPES = [
  'Meeting',
  'Attack',
  'MilitaryOperation',
  'Clash',
  'Death',
  'Invasion',
  'LeadershipChange',
  'Protest',
  'Agreement',
  'Arrest',
  'Election',
  'Sanction',
  'Displacement',
  'Other',
] as const satisfies readonly EventType[];

export const StatementKindEnum = builder.enumType('StatementKind', {
  description: 'How the speaker put it (the cue verb: قال، نفى، أكد…).',
  values: values(STATEMENT_KINDS),
});

export const EventTypeEnum = builder.enumType('EventType', {
  values: Object.fromEntries(
    EVENT_TYPES.map((v) => [v.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), { value: v }]),
  ),
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'Relations between entities read from the text.',
  values: values(RELATION_TYPES, false),
});

export const DirectionEnum = builder.enumType('Direction', {
  values: { OUT: { value: 'OUT' }, IN: { value: 'IN' }, BOTH: { value: 'BOTH' } },
});

export const EventRoleEnum = builder.enumType('EventRole', {
  description: 'An entity’s part in an event; LOCATION = the event happened in it (or in a place inside it).',
  values: values(['actor', 'target', 'participant', 'location'] as const),
});

export const EntityTypeEnum = builder.enumType('EntityType', {
  values: values(['Person', 'Group', 'Country', 'Place'] as const),
});

export const EntitySortEnum = builder.enumType('EntitySort', {
  values: { NAME: { value: 'NAME' }, MENTIONS: { value: 'MENTIONS', description: 'most mentioned first' } },
});

export const DateSortEnum = builder.enumType('DateSort', {
  values: { NEWEST: { value: 'NEWEST' }, OLDEST: { value: 'OLDEST' } },
});

export const ArticleSortEnum = builder.enumType('ArticleSort', {
  values: { NEWEST: { value: 'NEWEST' }, OLDEST: { value: 'OLDEST' }, TITLE: { value: 'TITLE' } },
});
