// Reads what an export contains: the whole graph, or the neighbourhood of one entity found by a
// breadth-first walk of `depth` hops (one parameterised query per hop), capped at `limit` nodes.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypherText } from '../db/cypher.ts';

export type PropertyValue = string | number | boolean | null | string[] | number[] | boolean[];

export interface ExportNode {
  key: string;
  labels: string[];
  properties: Record<string, PropertyValue>;
}

export interface ExportRelationship {
  key: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, PropertyValue>;
}

export interface Subgraph {
  nodes: ExportNode[];
  relationships: ExportRelationship[];
  /** True when `limit` stopped the walk before `depth` was reached. */
  truncated: boolean;
}

export interface SubgraphOptions {
  database: string;
  /** Entity id, name or alias to start from; the whole graph when absent. */
  from?: string;
  depth?: number;
  /** Most nodes: the walk stops there; a whole-graph export larger than this is refused. */
  limit?: number;
  /** Server-side transaction timeout (ms); none by default (the CLI exports whole graphs). */
  timeoutMs?: number;
}

export const MAX_DEPTH = 4;
export const DEFAULT_LIMIT = 10_000;

export class ExportError extends Error {}

export async function readSubgraph(driver: Driver, options: SubgraphOptions): Promise<Subgraph> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(
      (tx) => (options.from ? neighbourhood(tx, options.from, options) : whole(tx, options.limit)),
      options.timeoutMs ? { timeout: options.timeoutMs } : undefined,
    );
  } finally {
    await session.close();
  }
}

async function whole(tx: ManagedTransaction, limit: number | undefined): Promise<Subgraph> {
  if (limit !== undefined) {
    const count = await tx.run(cypherText('export/count-nodes'));
    const nodes = Number(count.records[0]?.get('nodes') ?? 0);
    if (nodes > limit) {
      throw new ExportError(
        `the graph has ${nodes} nodes, more than ${limit}: export from an entity, or use the CLI`,
      );
    }
  }
  const nodes = await tx.run(cypherText('export/all-nodes'));
  const relationships = await tx.run(cypherText('export/all-relationships'));
  return {
    nodes: nodes.records.map((r) => r.toObject() as ExportNode),
    relationships: relationships.records.map((r) => r.toObject() as ExportRelationship),
    truncated: false,
  };
}

async function neighbourhood(
  tx: ManagedTransaction,
  from: string,
  options: SubgraphOptions,
): Promise<Subgraph> {
  const depth = options.depth ?? 1;
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
    throw new ExportError(`depth must be a whole number from 0 to ${MAX_DEPTH} (got ${depth})`);
  }
  const start = await tx.run(cypherText('export/start-entity'), { ref: from });
  const startKey = start.records[0]?.get('key') as string | undefined;
  if (!startKey) throw new ExportError(`no entity with id, name or alias "${from}"`);

  const seen = new Set<string>([startKey]);
  let frontier = [startKey];
  let truncated = false;
  for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
    const next = await tx.run(cypherText('export/expand'), { frontier });
    frontier = [];
    for (const record of next.records) {
      const key = record.get('key') as string;
      if (seen.has(key)) continue;
      if (seen.size >= limit) {
        truncated = true;
        break;
      }
      seen.add(key);
      frontier.push(key);
    }
  }
  const keys = [...seen];
  const nodes = await tx.run(cypherText('export/nodes-by-key'), { keys });
  const relationships = await tx.run(cypherText('export/relationships-among'), { keys });
  return {
    nodes: nodes.records.map((r) => r.toObject() as ExportNode),
    relationships: relationships.records.map((r) => r.toObject() as ExportRelationship),
    truncated,
  };
}
