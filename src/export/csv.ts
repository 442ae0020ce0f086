// CSV in the header format of `neo4j-admin database import`: nodes.csv with `id:ID` and `:LABEL`,
// relationships.csv with `:START_ID`, `:END_ID`, `:TYPE`, typed property columns (`killed:long`,
// `aliases:string[]`, arrays joined by `;`). Article text spans lines, so import with
// `--multiline-fields=true`.
import type { Subgraph } from './subgraph.ts';
import { type ColumnType, columnTypes, plainValue } from './values.ts';

export const ARRAY_DELIMITER = ';';

export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cell(value: unknown): string {
  const plain = plainValue(value);
  if (plain === null) return '';
  if (Array.isArray(plain))
    return csvField(plain.map((v) => String(v).replaceAll(ARRAY_DELIMITER, ',')).join(ARRAY_DELIMITER));
  return csvField(String(plain));
}

function header(name: string, type: ColumnType): string {
  return csvField(type === 'string' ? name : `${name}:${type}`);
}

export interface CsvFiles {
  'nodes.csv': string;
  'relationships.csv': string;
}

export function toNeo4jCsv(graph: Subgraph): CsvFiles {
  // The app id is the import id when every node has one; elementIds are only a fallback.
  const importId = new Map(graph.nodes.map((n) => [n.key, String(n.properties.id ?? n.key)]));
  const nodeTypes = columnTypes(graph.nodes.map(({ properties: { id: _id, ...rest } }) => rest));
  const nodeColumns = [...nodeTypes.keys()];
  const nodeLines = [['id:ID', ':LABEL', ...nodeColumns.map((c) => header(c, nodeTypes.get(c)!))].join(',')];
  for (const node of graph.nodes) {
    nodeLines.push(
      [
        csvField(importId.get(node.key)!),
        csvField(node.labels.join(ARRAY_DELIMITER)),
        ...nodeColumns.map((c) => cell(node.properties[c])),
      ].join(','),
    );
  }
  const relTypes = columnTypes(graph.relationships.map((r) => r.properties));
  const relColumns = [...relTypes.keys()];
  const relLines = [
    [':START_ID', ':END_ID', ':TYPE', ...relColumns.map((c) => header(c, relTypes.get(c)!))].join(','),
  ];
  for (const rel of graph.relationships) {
    const start = importId.get(rel.source);
    const end = importId.get(rel.target);
    if (!start || !end) continue;
    relLines.push(
      [
        csvField(start),
        csvField(end),
        csvField(rel.type),
        ...relColumns.map((c) => cell(rel.properties[c])),
      ].join(','),
    );
  }
  return { 'nodes.csv': `${nodeLines.join('\n')}\n`, 'relationships.csv': `${relLines.join('\n')}\n` };
}
