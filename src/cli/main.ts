import { Command } from 'commander';
import { registerCommands } from './commands/index.ts';

const program = new Command();
program
  .name('akhbar')
  .description('Akhbar Graph: Arabic news into a Neo4j knowledge graph, served over GraphQL.')
  .showHelpAfterError();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`akhbar: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
