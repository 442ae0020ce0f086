import { describe, expect, it } from 'vitest';
import { csvField, toNeo4jCsv } from '../../../src/export/csv.ts';
import { escapeXml, toGraphML } from '../../../src/export/graphml.ts';
import type { Subgraph } from '../../../src/export/subgraph.ts';
import { columnTypes } from '../../../src/export/values.ts';

const graph: Subgraph = {
  truncated: false,
  nodes: [
    {
      key: '4:x:1',
      labels: ['Entity', 'Person'],
      properties: {
        id: 'person:vladimir-putin',
        name: 'فلاديمير بوتين',
        aliases: ['بوتين', 'الرئيس الروسي'],
        nameEn: 'Vladimir Putin',
      },
    },
    {
      key: '4:x:2',
      labels: ['Entity', 'Group'],
      properties: { id: 'group:taliban', name: 'طالبان', aliases: [] },
    },
    {
      key: '4:x:3',
      labels: ['Event'],
      properties: { id: 'event:1', type: 'Meeting', killed: 0, trigger: 'اجتمع "سرا"' },
    },
  ],
  relationships: [
    { key: '5:x:1', type: 'INVOLVES', source: '4:x:3', target: '4:x:1', properties: { role: 'actor' } },
    { key: '5:x:2', type: 'INVOLVES', source: '4:x:3', target: '4:x:2', properties: { role: 'participant' } },
  ],
};

describe('export values', () => {
  it('gives each property one column type', () => {
    expect(Object.fromEntries(columnTypes(graph.nodes.map((n) => n.properties)))).toEqual({
      aliases: 'string[]',
      id: 'string',
      killed: 'long',
      name: 'string',
      nameEn: 'string',
      trigger: 'string',
      type: 'string',
    });
    expect(Object.fromEntries(columnTypes([{ x: 1 }, { x: 2.5 }]))).toEqual({ x: 'double' });
  });
});

describe('GraphML', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('a<b & "c"\u0001')).toBe('a&lt;b &amp; &quot;c&quot;');
  });

  it('writes typed keys, labels, Arabic names and directed edges', () => {
    const xml = toGraphML(graph);
    expect(xml).toContain('<key id="n2" for="node" attr.name="killed" attr.type="long"/>');
    expect(xml).toContain('<data key="labels">:Entity:Person</data>');
    expect(xml).toContain('<data key="label">فلاديمير بوتين</data>');
    expect(xml).toContain('<data key="n0">[&quot;بوتين&quot;,&quot;الرئيس الروسي&quot;]</data>');
    expect(xml).toContain('<data key="n5">اجتمع &quot;سرا&quot;</data>');
    expect(xml).toContain('<edge id="r0" source="v2" target="v0">');
    expect(xml.match(/<node /g)).toHaveLength(3);
    expect(xml.match(/<edge /g)).toHaveLength(2);
  });
});

describe('neo4j-admin CSV', () => {
  it('quotes only what needs it', () => {
    expect(csvField('طالبان')).toBe('طالبان');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
  });

  it('writes the import headers with app ids and typed columns', () => {
    const files = toNeo4jCsv(graph);
    const nodes = files['nodes.csv'].trim().split('\n');
    expect(nodes[0]).toBe('id:ID,:LABEL,aliases:string[],killed:long,name,nameEn,trigger,type');
    expect(nodes[1]).toBe(
      'person:vladimir-putin,Entity;Person,بوتين;الرئيس الروسي,,فلاديمير بوتين,Vladimir Putin,,',
    );
    expect(nodes[3]).toBe('event:1,Event,,0,,,"اجتمع ""سرا""",Meeting');
    expect(files['relationships.csv'].trim().split('\n')).toEqual([
      ':START_ID,:END_ID,:TYPE,role',
      'event:1,person:vladimir-putin,INVOLVES,actor',
      'event:1,group:taliban,INVOLVES,participant',
    ]);
  });
});
