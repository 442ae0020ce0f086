// Node and relationship counts: what a set of extractions should leave in an empty graph, and
// what the graph holds. Tests compare the two; `akhbar load` reports from the first.
import type { Driver } from 'neo4j-driver';
import type { ArticleExtraction } from '../extract/contract.ts';
import { graphRows } from './rows.ts';

export const NODE_LABELS = [
  'Article',
  'Entity',
  'Person',
  'Group',
  'Country',
  'Place',
  'Statement',
  'Event',
  'Source',
  // Derived, one per entity something is said about (docs/graph-model.md); not in totalNodes.
  'EntityDigest',
  // One per sentence supporting a relation: the relation's evidence, which API and exports show
  // on the relation (docs/graph-model.md); not in totalNodes.
  'RelationEvidence',
] as const;
export const RELATIONSHIP_TYPES = [
  'SAID_BY',
  'AFFILIATED_WITH',
  'VIA',
  'ABOUT',
  'IN_ARTICLE',
  'INVOLVES',
  'IN',
  'REPORTED_IN',
  'MENTIONS',
  'LEADER_OF',
  'MEMBER_OF',
  'SPOKESPERSON_OF',
  'FOUNDER_OF',
  'DEPUTY_OF',
  'PART_OF',
  'LOCATED_IN',
  'BORDERS',
  'BASED_IN',
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export interface GraphCounts {
  nodes: Record<NodeLabel, number>;
  relationships: Record<RelationshipType, number>;
}

function zero(): GraphCounts {
  return {
    nodes: Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>,
    relationships: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<
      RelationshipType,
      number
    >,
  };
}

export function totalNodes(c: GraphCounts): number {
  // Person/Group/Country/Place are extra labels on :Entity nodes, not extra nodes.
  return c.nodes.Article + c.nodes.Entity + c.nodes.Statement + c.nodes.Event + c.nodes.Source;
}

export function totalRelationships(c: GraphCounts): number {
  return Object.values(c.relationships).reduce((a, b) => a + b, 0);
}

/**
 * What loading these extractions into an empty graph must produce. An article id seen twice
 * counts once (the second load changes nothing); entities and entity relations are counted by
 * id across articles, everything else belongs to one article.
 */
export function expectedCounts(extractions: ArticleExtraction[]): GraphCounts {
  const unique = new Map<string, ArticleExtraction>();
  for (const x of extractions) if (!unique.has(x.article.id)) unique.set(x.article.id, x);
  const rows = graphRows([...unique.values()]);
  const c = zero();
  c.nodes.Article = rows.articles.length;
  c.nodes.Entity = rows.entities.length;
  for (const e of rows.entities) c.nodes[e.type] += 1;
  c.nodes.Statement = rows.statements.length;
  c.nodes.Event = rows.events.length;
  c.nodes.Source = rows.sources.length;
  c.nodes.EntityDigest = rows.digests.length;
  c.nodes.RelationEvidence = rows.relations.reduce((t, x) => t + x.articleIds.length, 0);

  const r = c.relationships;
  r.MENTIONS = rows.mentions.length;
  for (const s of rows.statements) {
    r.IN_ARTICLE += 1;
    if (s.speakerEntityId || s.speakerSourceId) r.SAID_BY += 1;
    if (s.via) r.VIA += 1;
    r.ABOUT += s.aboutEntities.length + s.aboutEvents.length;
  }
  for (const s of rows.sources) if (s.affiliationId) r.AFFILIATED_WITH += 1;
  for (const e of rows.events) {
    r.REPORTED_IN += 1;
    r.INVOLVES += e.participants.length;
    if (e.locationId) r.IN += 1;
  }
  const relations = new Set(rows.relations.map((x) => `${x.type}|${x.from}|${x.to}`));
  for (const key of relations) r[key.slice(0, key.indexOf('|')) as RelationshipType] += 1;
  return c;
}

/** What the graph holds now (migration bookkeeping excluded). */
export async function graphCounts(driver: Driver, database: string): Promise<GraphCounts> {
  const c = zero();
  const labels = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:Migration UNWIND labels(n) AS label RETURN label, count(*) AS n',
    {},
    { database },
  );
  for (const rec of labels.records) {
    const label = rec.get('label') as string;
    if (label in c.nodes) c.nodes[label as NodeLabel] = rec.get('n') as number;
  }
  const types = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n',
    {},
    { database },
  );
  for (const rec of types.records) {
    const type = rec.get('type') as string;
    if (type in c.relationships) c.relationships[type as RelationshipType] = rec.get('n') as number;
  }
  return c;
}
