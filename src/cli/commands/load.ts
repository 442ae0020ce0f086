// `akhbar load <path...>`: extract articles and write them into Neo4j, batch by batch. Exit code 1
// when any file or article failed; the rest is loaded regardless.
import type { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { migrate } from '../../db/migrate.ts';
import { extractArticle } from '../../extract/pipeline.ts';
import { DEFAULT_BATCH_SIZE, type LoadSummary, loadPaths, summaryJson } from '../../graph/load.ts';
import { progressReporter } from '../../graph/progress.ts';
import { logToStderr, withDatabase } from '../database.ts';

interface LoadFlags {
  dryRun?: boolean;
  batchSize: string;
  jsonSummary?: boolean;
  replace?: boolean;
}

export function formatSummary(s: LoadSummary): string {
  const lines = [
    `${s.dryRun ? 'dry run, nothing written: ' : ''}${s.articles} articles ${s.dryRun ? 'extracted' : 'loaded'}, ${s.unchanged} unchanged · ` +
      `${s.entities} entities · ${s.statements} statements · ${s.events} events · ${s.relations} relations · ` +
      `${(s.elapsedMs / 1000).toFixed(1)}s`,
  ];
  if (s.failed.length) {
    lines.push(`${s.failed.length} failed:`);
    for (const f of s.failed) lines.push(`  ${f.file}: ${f.reason} (${f.message})`);
  }
  return lines.join('\n');
}

function parseBatchSize(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--batch-size must be a positive integer (got "${text}")`);
  return n;
}

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('extract article files or directories and load them into Neo4j (idempotent)')
    .argument('<paths...>', 'files (.txt page format or one article, .jsonl) or directories')
    .option('--dry-run', 'read and extract only; write nothing (no database needed)')
    .option('--batch-size <n>', 'articles per write transaction', String(DEFAULT_BATCH_SIZE))
    .option('--replace', 're-write articles already in the graph instead of leaving them unchanged')
    .option('--json-summary', 'print the final summary as JSON on stdout')
    .action(async (paths: string[], flags: LoadFlags) => {
      const batchSize = parseBatchSize(flags.batchSize);
      const reporter = progressReporter(process.stderr);
      const run = async (driver?: Driver, database?: string) =>
        loadPaths(paths, {
          ...(driver ? { driver } : {}),
          ...(database ? { database } : {}),
          extract: extractArticle,
          batchSize,
          dryRun: flags.dryRun ?? false,
          replace: flags.replace ?? false,
          onProgress: (p) => reporter.update(p),
        });
      let summary: LoadSummary;
      try {
        summary = flags.dryRun
          ? await run()
          : await withDatabase(async (db) => {
              await migrate(db.driver, { database: db.connection.database, log: logToStderr });
              return run(db.driver, db.connection.database);
            });
      } finally {
        reporter.finish();
      }
      for (const f of summary.failed) logToStderr(`akhbar load: ${f.message}`);
      if (flags.jsonSummary) console.log(JSON.stringify(summaryJson(summary)));
      else console.log(formatSummary(summary));
      if (summary.failed.length) process.exitCode = 1;
    });
}
