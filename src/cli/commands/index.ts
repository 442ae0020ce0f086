// Every subcommand lives in its own file and registers itself here.
import type { Command } from 'commander';

const commands: ((program: Command) => void)[] = [];

export function registerCommands(program: Command): void {
  for (const register of commands) register(program);
}
