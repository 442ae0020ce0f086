// Neo4j Community from Maven Central, run in-process by tools/neo4j/Neo4jLauncher.java: the way
// to a real database on machines without Docker. Maven resolves the jars once into ~/.m2; the
// classpath is cached under .neo4j/ so later starts need neither Maven nor the network.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TOOLS = join(PROJECT_ROOT, 'tools/neo4j');
const POM = join(TOOLS, 'pom.xml');
const LAUNCHER = join(TOOLS, 'Neo4jLauncher.java');
export const STATE_DIR = join(PROJECT_ROOT, '.neo4j');
const READY = /NEO4J_READY (\S+)/;
const START_TIMEOUT_MS = 180_000;

export interface LocalNeo4jOptions {
  /** Data directory; created if missing. */
  home: string;
  /** Stop the database as soon as this process is gone (tests, `npm start`). */
  parentPid?: number;
  /** Keep running after this Node process exits (`akhbar db start`); output goes to a log file. */
  detached?: boolean;
  password?: string;
  log?: (line: string) => void;
  /** Bolt port; default a free one. Fixed so a stopped database can come back on the same URI. */
  port?: number;
  /** Page cache in bytes; default AKHBAR_NEO4J_PAGECACHE, else defaultPageCacheBytes(). */
  pageCacheBytes?: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * The page cache the local database gets unless told otherwise: a quarter of the machine's memory,
 * at most 2 GiB, at least 256 MiB. Neo4j allocates page cache as pages are read, so a test
 * database of a few MB costs no more with 2 GiB than with 256 MiB; a 100k-article store (1.4 GB)
 * fits in 2 GiB, and with 256 MiB its loading time grew 12x for 10x the articles (bench/RESULTS.md).
 */
export function defaultPageCacheBytes(totalMemory = totalmem()): number {
  return Math.max(256 * MiB, Math.min(2 * GiB, Math.floor(totalMemory / 4 / MiB) * MiB));
}

/** "512m", "2g", "1073741824" → bytes; throws on anything else. */
export function parseMemorySize(text: string): number {
  const match = /^\s*(\d+)\s*([kmg]?)i?b?\s*$/i.exec(text);
  if (!match) throw new Error(`not a memory size: "${text}" (use e.g. 512m or 2g)`);
  const unit = { '': 1, k: 1024, m: MiB, g: GiB }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(match[1]) * unit;
}

function pageCacheBytes(options: LocalNeo4jOptions): number {
  if (options.pageCacheBytes !== undefined) return options.pageCacheBytes;
  const fromEnv = process.env.AKHBAR_NEO4J_PAGECACHE;
  return fromEnv ? parseMemorySize(fromEnv) : defaultPageCacheBytes();
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  stop(): Promise<void>;
}

/** Why this machine cannot run the local path, or null when it can. */
export async function localPrerequisiteProblem(): Promise<string | null> {
  const java = await javaMajorVersion();
  if (java === null)
    return 'no Java found (install Java 17 or 21, e.g. `apt-get install openjdk-17-jre-headless`)';
  if (java < 17) return `Java ${java} is too old: Neo4j 5.26 needs Java 17 or 21`;
  if (cachedClasspath()) return null;
  try {
    await run('mvn', ['-v']);
    return null;
  } catch {
    return 'Maven is not installed (needed once to fetch Neo4j from Maven Central: `apt-get install maven`)';
  }
}

async function javaMajorVersion(): Promise<number | null> {
  try {
    const { stderr, stdout } = await run(javaBinary(), ['-version']);
    const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr + stdout);
    if (!match) return null;
    const major = Number(match[1]);
    return major === 1 ? Number(match[2]) : major;
  } catch {
    return null;
  }
}

function javaBinary(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin/java') : 'java';
}

function pomHash(): string {
  return createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 16);
}

function classpathFile(): string {
  return join(STATE_DIR, `classpath-${pomHash()}.txt`);
}

function cachedClasspath(): string | null {
  const file = classpathFile();
  if (!existsSync(file)) return null;
  const classpath = readFileSync(file, 'utf8').trim();
  return classpath.split(':').every((jar) => existsSync(jar)) ? classpath : null;
}

/** The jars of Neo4j Community, resolved by Maven on first use. */
export async function neo4jClasspath(log: (line: string) => void = () => {}): Promise<string> {
  const cached = cachedClasspath();
  if (cached) return cached;
  mkdirSync(STATE_DIR, { recursive: true });
  log('resolving Neo4j Community from Maven Central (first run only)…');
  const file = classpathFile();
  try {
    await run('mvn', ['-B', '-q', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${file}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const output = (error as { stdout?: string }).stdout ?? '';
    throw new Error(`Maven could not resolve Neo4j (tools/neo4j/pom.xml):\n${output.slice(-2000)}`);
  }
  const classpath = cachedClasspath();
  if (!classpath) throw new Error(`Maven finished but wrote no usable classpath to ${file}`);
  return classpath;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('could not pick a free port'));
      });
    });
  });
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const classpath = await neo4jClasspath(log);
  const port = options.port ?? (await freePort());
  const password = options.password ?? randomBytes(12).toString('hex');
  mkdirSync(options.home, { recursive: true });
  const args = [
    '-Xms256m',
    '-Xmx1g',
    '-XX:+UseG1GC',
    '-Dfile.encoding=UTF-8',
    `-Dakhbar.pagecache=${pageCacheBytes(options)}`,
    '-cp',
    classpath,
    LAUNCHER,
    options.home,
    String(port),
    password,
  ];
  if (options.parentPid) args.push(String(options.parentPid));

  log(`starting Neo4j Community on 127.0.0.1:${port} (data in ${options.home})…`);
  let child: ChildProcess;
  let output: () => string;
  if (options.detached) {
    const logFile = join(options.home, 'neo4j.log');
    const fd = openSync(logFile, 'w');
    child = spawn(javaBinary(), args, { detached: true, stdio: ['ignore', fd, fd] });
    child.unref();
    output = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  } else {
    child = spawn(javaBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
    });
    output = () => buffer;
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${javaBinary()}`);

  const uri = await waitForReady(child, output);
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null) done();
    else child.once('exit', () => done());
  });
  return {
    uri,
    user: 'neo4j',
    password,
    pid,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function waitForReady(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolveUri, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const match = READY.exec(output());
      if (match?.[1]) {
        clearInterval(timer);
        resolveUri(match[1]);
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(
          new Error(
            `Neo4j exited with code ${child.exitCode} before it was ready:\n${output().slice(-3000)}`,
          ),
        );
      } else if (Date.now() - started > START_TIMEOUT_MS) {
        clearInterval(timer);
        child.kill('SIGKILL');
        reject(new Error(`Neo4j was not ready after ${START_TIMEOUT_MS / 1000}s:\n${output().slice(-3000)}`));
      }
    }, 200);
  });
}

/** State of a database started by `akhbar db start`, kept in .neo4j/server.json. */
export interface ServerState {
  pid: number;
  uri: string;
  user: string;
  password: string;
  home: string;
}

const SERVER_STATE = join(STATE_DIR, 'server.json');

export function readServerState(): ServerState | null {
  if (!existsSync(SERVER_STATE)) return null;
  try {
    return JSON.parse(readFileSync(SERVER_STATE, 'utf8')) as ServerState;
  } catch {
    return null;
  }
}

export function writeServerState(state: ServerState | null): void {
  mkdirSync(STATE_DIR, { recursive: true });
  if (state) writeFileSync(SERVER_STATE, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  else if (existsSync(SERVER_STATE)) writeFileSync(SERVER_STATE, 'null\n');
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
