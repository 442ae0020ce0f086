// GraphML (http://graphml.graphdrawing.org) for Gephi, Cytoscape and yEd. Lists have no GraphML
// type, so they are written as JSON text; every node also gets `labels` (":Entity:Person") and a
// readable `label` (name or title), which those tools show by default.
import type { Subgraph } from './subgraph.ts';
import { type ColumnType, columnTypes, plainValue } from './values.ts';

const GRAPHML_TYPE: Record<ColumnType, string> = {
  string: 'string',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
  'string[]': 'string',
  'long[]': 'string',
  'double[]': 'string',
  'boolean[]': 'string',
};

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids even escaped are dropped rather than making the file unreadable.
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: tab, LF and CR are the control characters XML allows
      .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function text(value: unknown): string {
  const plain = plainValue(value);
  if (plain === null) return '';
  return escapeXml(Array.isArray(plain) ? JSON.stringify(plain) : String(plain));
}

export function toGraphML(graph: Subgraph): string {
  const nodeTypes = columnTypes(graph.nodes.map((n) => n.properties));
  const edgeTypes = columnTypes(graph.relationships.map((r) => r.properties));
  const nodeKeys = new Map<string, string>();
  const edgeKeys = new Map<string, string>();
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
  ];
  [...nodeTypes].forEach(([name, type], i) => {
    nodeKeys.set(name, `n${i}`);
    out.push(
      `  <key id="n${i}" for="node" attr.name="${escapeXml(name)}" attr.type="${GRAPHML_TYPE[type]}"/>`,
    );
  });
  [...edgeTypes].forEach(([name, type], i) => {
    edgeKeys.set(name, `e${i}`);
    out.push(
      `  <key id="e${i}" for="edge" attr.name="${escapeXml(name)}" attr.type="${GRAPHML_TYPE[type]}"/>`,
    );
  });
  out.push('  <graph id="akhbar" edgedefault="directed">');
  const ids = new Map(graph.nodes.map((n, i) => [n.key, `v${i}`]));
  for (const node of graph.nodes) {
    out.push(`    <node id="${ids.get(node.key)}">`);
    out.push(`      <data key="labels">${escapeXml(node.labels.map((l) => `:${l}`).join(''))}</data>`);
    const label =
      node.properties.name ?? node.properties.title ?? node.properties.description ?? node.properties.id;
    if (label !== undefined && label !== null) out.push(`      <data key="label">${text(label)}</data>`);
    for (const [name, value] of Object.entries(node.properties).sort(([a], [b]) => a.localeCompare(b))) {
      if (value === null) continue;
      out.push(`      <data key="${nodeKeys.get(name)}">${text(value)}</data>`);
    }
    out.push('    </node>');
  }
  graph.relationships.forEach((rel, i) => {
    const source = ids.get(rel.source);
    const target = ids.get(rel.target);
    if (!source || !target) return;
    out.push(`    <edge id="r${i}" source="${source}" target="${target}">`);
    out.push(`      <data key="type">${escapeXml(rel.type)}</data>`);
    for (const [name, value] of Object.entries(rel.properties).sort(([a], [b]) => a.localeCompare(b))) {
      if (value === null) continue;
      out.push(`      <data key="${edgeKeys.get(name)}">${text(value)}</data>`);
    }
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
