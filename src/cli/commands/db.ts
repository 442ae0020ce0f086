// `akhbar db start|stop|status`: a local Neo4j that outlives the command, for development on
// machines without Docker. Its data stays in .neo4j/data; its pid and credentials in .neo4j/server.json.
import { join } from 'node:path';
import type { Command } from 'commander';
import { connectionFromEnv, DEFAULT_DATABASE } from '../../db/config.ts';
import { connect } from '../../db/driver.ts';
import {
  isAlive,
  localPrerequisiteProblem,
  neo4jClasspath,
  readServerState,
  STATE_DIR,
  startLocalNeo4j,
  writeServerState,
} from '../../db/local-neo4j.ts';
import { logToStderr } from '../database.ts';

const STOP_TIMEOUT_MS = 60_000;

function printConnection(state: { uri: string; user: string; password: string }): void {
  console.log(`NEO4J_URI=${state.uri}`);
  console.log(`NEO4J_USER=${state.user}`);
  console.log(`NEO4J_PASSWORD=${state.password}`);
}

export function registerDb(program: Command): void {
  const db = program
    .command('db')
    .description('run a local Neo4j Community (Java 17+ and Maven) in the background');

  db.command('install')
    .description(
      'fetch Neo4j Community from Maven Central into ~/.m2 (done by `db start` too; for CI and offline use)',
    )
    .action(async () => {
      const problem = await localPrerequisiteProblem();
      if (problem) throw new Error(problem);
      const classpath = await neo4jClasspath(logToStderr);
      console.log(`Neo4j Community ready to run: ${classpath.split(':').length} jars`);
    });

  db.command('start')
    .description('start Neo4j on 127.0.0.1 and print NEO4J_URI=… once it accepts connections')
    .action(async () => {
      const configured = connectionFromEnv();
      if (configured) {
        logToStderr(`NEO4J_URI is set (${configured.uri}): nothing to start`);
        return;
      }
      const running = readServerState();
      if (running && isAlive(running.pid)) {
        logToStderr(`already running (pid ${running.pid})`);
        printConnection(running);
        return;
      }
      const problem = await localPrerequisiteProblem();
      if (problem) throw new Error(problem);
      const home = join(STATE_DIR, 'data');
      const server = await startLocalNeo4j({ home, detached: true, log: logToStderr });
      writeServerState({
        pid: server.pid,
        uri: server.uri,
        user: server.user,
        password: server.password,
        home,
      });
      printConnection(server);
    });

  db.command('stop')
    .description('stop the Neo4j started by `akhbar db start`')
    .action(async () => {
      const state = readServerState();
      if (!state || !isAlive(state.pid)) {
        writeServerState(null);
        console.log('not running');
        return;
      }
      process.kill(state.pid, 'SIGTERM');
      const deadline = Date.now() + STOP_TIMEOUT_MS;
      while (isAlive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      if (isAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
      writeServerState(null);
      console.log(`stopped (pid ${state.pid})`);
    });

  db.command('status')
    .description('say whether the local Neo4j is running and answering')
    .action(async () => {
      const state = readServerState();
      if (!state || !isAlive(state.pid)) {
        console.log('not running');
        process.exitCode = 3;
        return;
      }
      try {
        const driver = await connect({ ...state, database: DEFAULT_DATABASE });
        await driver.close();
        console.log(`running (pid ${state.pid}) at ${state.uri}, answering`);
      } catch (error) {
        console.log(`running (pid ${state.pid}) at ${state.uri}, NOT answering: ${(error as Error).message}`);
        process.exitCode = 1;
      }
    });
}
