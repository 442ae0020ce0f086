// Every subcommand lives in its own file and registers itself here.
import type { Command } from 'commander';
import { registerDb } from './db.ts';
import { registerDeleteArticle } from './delete-article.ts';
import { registerExport } from './export.ts';
import { registerExtract } from './extract.ts';
import { registerLoad } from './load.ts';
import { registerMigrate } from './migrate.ts';
import { registerServe } from './serve.ts';
import { registerStart } from './start.ts';

const commands: ((program: Command) => void)[] = [
  registerStart,
  registerMigrate,
  registerDb,
  registerExtract,
  registerLoad,
  registerDeleteArticle,
  registerExport,
  registerServe,
];

export function registerCommands(program: Command): void {
  for (const register of commands) register(program);
}
