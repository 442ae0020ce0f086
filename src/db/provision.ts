// One way to a real Neo4j for tests, `npm start` and `akhbar db`: a configured database
// (NEO4J_URI) first, then Docker through testcontainers, then Neo4j Community from Maven
// Central run on loopback. Whatever path is taken, the result has passed verifyConnectivity.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connectionFromEnv, DEFAULT_DATABASE, type Neo4jConnection } from './config.ts';
import { connect } from './driver.ts';
import {
  isAlive,
  localPrerequisiteProblem,
  readServerState,
  STATE_DIR,
  startLocalNeo4j,
} from './local-neo4j.ts';

export type ProvisionStrategy = 'env' | 'server' | 'docker' | 'local';

export const NEO4J_IMAGE = 'neo4j:5.26';

export interface ProvisionedNeo4j {
  strategy: ProvisionStrategy;
  connection: Neo4jConnection;
  driver: Driver;
  /** Pid of a Neo4j process this call started (local path), for checks that it is gone. */
  pid?: number;
  /** Closes the driver and stops whatever this call started (nothing for env/server). */
  stop(): Promise<void>;
}

export interface ProvisionOptions {
  /** Data directory for the local path. */
  home?: string;
  /** Reuse a database started by `akhbar db start` (not for tests: they wipe the graph). */
  reuseServer?: boolean;
  /** Skip strategies, e.g. `['docker']`; AKHBAR_NEO4J_SKIP=docker,local does the same. */
  skip?: ProvisionStrategy[];
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export async function provisionNeo4j(options: ProvisionOptions = {}): Promise<ProvisionedNeo4j> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const skip = new Set<string>([
    ...(options.skip ?? []),
    ...(env.AKHBAR_NEO4J_SKIP ?? '').split(',').map((s) => s.trim()),
  ]);
  const tried: string[] = [];

  const configured = connectionFromEnv(env);
  if (configured) {
    log(`using the configured Neo4j at ${configured.uri} (NEO4J_URI); starting nothing`);
    return attach('env', configured);
  }

  if (options.reuseServer) {
    const state = readServerState();
    if (state && isAlive(state.pid)) {
      log(`using the Neo4j started by \`akhbar db start\` at ${state.uri}`);
      return attach('server', {
        uri: state.uri,
        user: state.user,
        password: state.password,
        database: DEFAULT_DATABASE,
      });
    }
  }

  if (!skip.has('docker')) {
    const docker = await tryDocker(log);
    if ('provisioned' in docker) return docker.provisioned;
    tried.push(`Docker: ${docker.problem}`);
  }

  if (!skip.has('local')) {
    const problem = await localPrerequisiteProblem();
    if (!problem) {
      const local = await startLocalNeo4j({
        home: options.home ?? join(STATE_DIR, 'data'),
        parentPid: process.pid,
        log,
      });
      const connection = {
        uri: local.uri,
        user: local.user,
        password: local.password,
        database: DEFAULT_DATABASE,
      };
      let driver: Driver;
      try {
        driver = await connect(connection);
      } catch (error) {
        await local.stop();
        throw error;
      }
      return {
        strategy: 'local',
        connection,
        driver,
        pid: local.pid,
        stop: async () => {
          await driver.close();
          await local.stop();
        },
      };
    }
    tried.push(`Java/Maven: ${problem}`);
  }

  throw new Error(
    [
      'No Neo4j available. Either:',
      '  - set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to a running Neo4j 5, or',
      '  - start a Docker engine (Neo4j runs in a container through testcontainers), or',
      '  - install Java 17+ and Maven (Neo4j Community is fetched from Maven Central and run on 127.0.0.1).',
      ...(tried.length ? ['What was tried:', ...tried.map((t) => `  - ${t}`)] : []),
    ].join('\n'),
  );
}

async function attach(strategy: ProvisionStrategy, connection: Neo4jConnection): Promise<ProvisionedNeo4j> {
  const driver = await connect(connection);
  return { strategy, connection, driver, stop: () => driver.close() };
}

type DockerAttempt = { provisioned: ProvisionedNeo4j } | { problem: string };

async function tryDocker(log: (line: string) => void): Promise<DockerAttempt> {
  let module: typeof import('@testcontainers/neo4j');
  try {
    module = await import('@testcontainers/neo4j');
  } catch {
    return { problem: '@testcontainers/neo4j is not installed (npm install)' };
  }
  const password = randomBytes(12).toString('hex');
  try {
    const container = await new module.Neo4jContainer(NEO4J_IMAGE).withPassword(password).start();
    log(`started ${NEO4J_IMAGE} in Docker at ${container.getBoltUri()}`);
    const connection = {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
      database: DEFAULT_DATABASE,
    };
    const driver = await connect(connection);
    return {
      provisioned: {
        strategy: 'docker',
        connection,
        driver,
        stop: async () => {
          await driver.close();
          await container.stop();
        },
      },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: reason.split('\n')[0] ?? reason };
  }
}
