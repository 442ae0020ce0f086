// The @neo4j/graphql server over the same database: type definitions written to match
// docs/graph-model.md for what the five benchmark operations read. The entity card and the
// statements-by-kind filter are native @neo4j/graphql (generated Cypher); neighbourhood, shortest
// path and search have no native form there, so they are @cypher fields, the library's documented
// way, carrying the same Cypher as the raw baseline.
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

const cypher = (name: string): string =>
  readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('//'))
    .join('\n')
    // Triple-quoted GraphQL strings end at """; none of our Cypher contains it, but be sure.
    .replaceAll('"""', '\\"""');

export function neo4jGraphqlTypeDefs(): string {
  return `
type Entity @node(labels: ["Entity"]) {
  id: ID!
  name: String!
  nameEn: String
  aliases: [String!]
  type: String
  statementsAbout: [Statement!]! @relationship(type: "ABOUT", direction: IN)
}

type Source @node {
  id: ID!
  description: String
}

type Article @node {
  id: ID!
  title: String
  publishedAt: String
}

type Statement @node {
  id: ID!
  quote: String!
  kind: String!
  cue: String
  sentence: String
  articleId: String
  speaker: [Entity!]! @relationship(type: "SAID_BY", direction: OUT)
  sourceSpeaker: [Source!]! @relationship(type: "SAID_BY", direction: OUT)
  article: [Article!]! @relationship(type: "IN_ARTICLE", direction: OUT)
}

type GNode {
  id: ID!
  labels: [String!]!
}

type GEdge {
  type: String!
  from: ID!
  to: ID!
}

type Subgraph {
  nodes: [GNode!]!
  edges: [GEdge!]!
}

type PathResult {
  length: Int!
  nodes: [GNode!]!
  edges: [GEdge!]!
}

type SearchHit {
  score: Float!
  entity: GNode2!
}

type GNode2 {
  id: ID!
  name: String
}

type Query {
  neighbourhood(id: ID!, depth: Int!, limit: Int!): Subgraph
    @cypher(statement: """
${cypher('neighbourhood')}
    """, columnName: "result")
  shortestPath(from: ID!, to: ID!): PathResult
    @cypher(statement: """
${cypher('shortest-path')}
    """, columnName: "result")
  searchEntities(phrase: String!, limit: Int!): [SearchHit!]!
    @cypher(statement: """
CALL db.index.fulltext.queryNodes('entity_names', $phrase, {limit: 200}) YIELD node, score
WITH node, score ORDER BY score DESC LIMIT $limit
RETURN {score: score, entity: node {.id, .name}} AS hit
    """, columnName: "hit")
}
`;
}

export async function neo4jGraphqlSchema(driver: Driver): Promise<GraphQLSchema> {
  const lib = new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver });
  return lib.getSchema();
}
