import type { Subgraph } from './subgraph.ts';
import { plainValue } from './values.ts';

/** `{nodes, relationships, truncated}` with plain JSON values. */
export function toJson(graph: Subgraph): string {
  const clean = (properties: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, plainValue(v)]));
  return `${JSON.stringify(
    {
      nodes: graph.nodes.map((n) => ({ key: n.key, labels: n.labels, properties: clean(n.properties) })),
      relationships: graph.relationships.map((r) => ({
        key: r.key,
        type: r.type,
        source: r.source,
        target: r.target,
        properties: clean(r.properties),
      })),
      truncated: graph.truncated,
    },
    null,
    2,
  )}\n`;
}
