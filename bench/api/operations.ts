// The five operations of the API benchmark, each written three ways that return the same answer:
// our GraphQL API, hand-written Cypher behind a tiny HTTP server (bench/api/cypher/*.cypher), and
// @neo4j/graphql over the same database (bench/api/neo4j-graphql.ts). Where @neo4j/graphql has no
// native equivalent (neighbourhood, shortest path), its documented way, a @cypher field, is used.

export type OperationName = 'entityCard' | 'statementsByKind' | 'neighbourhood' | 'shortestPath' | 'search';

export const OPERATIONS: readonly OperationName[] = [
  'entityCard',
  'statementsByKind',
  'neighbourhood',
  'shortestPath',
  'search',
];

/** What every operation is asked about; chosen by the runner from the loaded graph. */
export interface Subject {
  /** The entity the card, statements and neighbourhood are about. */
  id: string;
  /** The far end of the shortest path. */
  otherId: string;
  /** Statement kind filter (graph value, e.g. "denied"). */
  kind: string;
  /** Search text: the entity's Arabic name. */
  search: string;
  /** The same as a Lucene query (every word, escaped), what the API builds from `search`. */
  lucene: string;
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

const SPEAKER = `speaker { __typename ... on Person { id name } ... on Group { id name } ... on Country { id name } ... on Place { id name } ... on Source { id description } }`;

/** Our API (src/api). */
export function akhbarRequest(op: OperationName, s: Subject): GraphQLRequest {
  switch (op) {
    case 'entityCard':
      return {
        query: `query EntityCard($id: ID!) { entity(id: $id) { id entityId name nameEn aliases
          statementsAbout(first: 10) { totalCount edges { node { id quote kind cue ${SPEAKER} } } } } }`,
        variables: { id: s.id },
      };
    case 'statementsByKind':
      return {
        query: `query StatementsByKind($id: ID!, $kind: StatementKind!) { entity(id: $id) { entityId
          statementsAbout(kind: $kind, first: 20) { totalCount edges { node { id quote kind sentence } } } } }`,
        variables: { id: s.id, kind: s.kind.toUpperCase() },
      };
    case 'neighbourhood':
      return {
        query: `query Neighbourhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) {
          nodes { id __typename } edges { type from to } } }`,
        variables: { id: s.id },
      };
    case 'shortestPath':
      return {
        query: `query ShortestPath($from: ID!, $to: ID!) { paths(from: { id: $from }, to: { id: $to }, first: 1, maxHops: 4) {
          length nodes { id __typename } edges { type from to } } }`,
        variables: { from: s.id, to: s.otherId },
      };
    case 'search':
      return {
        query: `query Search($q: String!) { search(query: $q, types: [PERSON, GROUP, COUNTRY, PLACE], first: 10) {
          totalCount edges { score node { id ... on Entity { entityId name } } } } }`,
        variables: { q: s.search },
      };
  }
}

/** @neo4j/graphql (type definitions in bench/api/neo4j-graphql.ts). */
export function neo4jGraphqlRequest(op: OperationName, s: Subject): GraphQLRequest {
  switch (op) {
    case 'entityCard':
      return {
        query: `query EntityCard($id: ID!) { entities(where: { id: { eq: $id } }) { id name nameEn aliases
          statementsAboutConnection { aggregate { count { nodes } } }
          statementsAbout(limit: 10, sort: [{ articleId: DESC }]) { id quote kind cue
            speaker { id name } sourceSpeaker { id description } } } }`,
        variables: { id: s.id },
      };
    case 'statementsByKind':
      return {
        query: `query StatementsByKind($id: ID!, $kind: String!) { entities(where: { id: { eq: $id } }) { id
          statementsAboutConnection(where: { node: { kind: { eq: $kind } } }) { aggregate { count { nodes } } }
          statementsAbout(where: { kind: { eq: $kind } }, limit: 20, sort: [{ articleId: DESC }]) { id quote kind sentence } } }`,
        variables: { id: s.id, kind: s.kind },
      };
    case 'neighbourhood':
      return {
        query: `query Neighbourhood($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 50) {
          nodes { id labels } edges { type from to } } }`,
        variables: { id: s.id },
      };
    case 'shortestPath':
      return {
        query: `query ShortestPath($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) {
          length nodes { id labels } edges { type from to } } }`,
        variables: { from: s.id, to: s.otherId },
      };
    case 'search':
      return {
        query: `query Search($q: String!) { searchEntities(phrase: $q, limit: 10) { score entity { id name } } }`,
        variables: { q: s.lucene },
      };
  }
}

/** The raw-Cypher server's request body: the operation's parameters, nothing else. */
export function rawRequest(op: OperationName, s: Subject): Record<string, unknown> {
  switch (op) {
    case 'entityCard':
      return { id: s.id, limit: 10 };
    case 'statementsByKind':
      return { id: s.id, kind: s.kind, limit: 20 };
    case 'neighbourhood':
      return { id: s.id, depth: 2, limit: 50 };
    case 'shortestPath':
      return { from: s.id, to: s.otherId };
    case 'search':
      return { query: s.search, limit: 10 };
  }
}
