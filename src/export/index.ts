export { type CsvFiles, toNeo4jCsv } from './csv.ts';
export { toGraphML } from './graphml.ts';
export { toJson } from './json.ts';
export { ExportError, MAX_DEPTH, readSubgraph, type Subgraph, type SubgraphOptions } from './subgraph.ts';

export const EXPORT_FORMATS = ['graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
