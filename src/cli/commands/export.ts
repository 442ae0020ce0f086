// `akhbar export`: the graph, or an entity's neighbourhood, as GraphML, neo4j-admin CSV or JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  MAX_DEPTH,
  readSubgraph,
  toGraphML,
  toJson,
  toNeo4jCsv,
} from '../../export/index.ts';
import { logToStderr, withDatabase } from '../database.ts';

function wholeNumber(min: number, max: number) {
  return (raw: string): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
    }
    return value;
  };
}

interface ExportOptions {
  format: ExportFormat;
  from?: string;
  depth: number;
  limit: number;
  out?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the graph, or the neighbourhood of one entity, as GraphML, neo4j-admin CSV or JSON')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('graphml'))
    .option('--from <entity>', 'start from this entity (id, name or alias) instead of exporting everything')
    .option('--depth <n>', `hops from --from (0-${MAX_DEPTH})`, wholeNumber(0, MAX_DEPTH), 2)
    .option('--limit <n>', 'at most this many nodes from --from', wholeNumber(1, 1_000_000), 10_000)
    .option('--out <path>', 'file to write (a folder for csv: nodes.csv, relationships.csv); default stdout')
    .action(async (options: ExportOptions) => {
      if (options.format === 'csv' && !options.out) {
        throw new Error('--format csv writes two files: give a folder with --out');
      }
      await withDatabase(async (db) => {
        const graph = await readSubgraph(db.driver, {
          database: db.connection.database,
          ...(options.from ? { from: options.from, depth: options.depth, limit: options.limit } : {}),
        });
        if (graph.truncated)
          logToStderr(`stopped at --limit ${options.limit} nodes before depth ${options.depth}`);
        if (options.format === 'csv') {
          const dir = options.out!;
          mkdirSync(dir, { recursive: true });
          for (const [name, content] of Object.entries(toNeo4jCsv(graph)))
            writeFileSync(join(dir, name), content);
        } else {
          const content = options.format === 'graphml' ? toGraphML(graph) : toJson(graph);
          if (options.out) writeFileSync(options.out, content);
          else process.stdout.write(content);
        }
        logToStderr(
          `exported ${graph.nodes.length} nodes and ${graph.relationships.length} relationships (${options.format})`,
        );
      });
    });
}
