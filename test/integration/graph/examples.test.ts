import { describe, expect, it } from 'vitest';
import { graphCounts } from '../../../src/graph/counts.ts';
import { loadExamplesIfMissing } from '../../../src/graph/examples.ts';
import { useGraph } from '../../support/graph.ts';

describe('loadExamplesIfMissing', () => {
  const graph = useGraph();

  it('loads examples/articles into an empty graph once, and leaves it alone after', async () => {
    const lines: string[] = [];
    const first = await loadExamplesIfMissing(graph.driver, graph.database, (l) => lines.push(l));
    expect(first).toMatchObject({ articles: 5, failed: [] });
    const counts = await graphCounts(graph.driver, graph.database);
    expect(counts.nodes.Article).toBe(5);
    expect(counts.nodes.Statement).toBeGreaterThan(10);
    expect(await loadExamplesIfMissing(graph.driver, graph.database, (l) => lines.push(l))).toBeNull();
    expect(lines.at(-1)).toBe('examples: all 5 example articles already loaded');
    expect(await graphCounts(graph.driver, graph.database)).toEqual(counts);
  });
});
