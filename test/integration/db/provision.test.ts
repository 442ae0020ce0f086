import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive, localPrerequisiteProblem, PROJECT_ROOT } from '../../../src/db/local-neo4j.ts';
import { provisionNeo4j } from '../../../src/db/provision.ts';
import { neo4jEnv } from '../../support/env.ts';
import { testDatabase } from '../../support/graph.ts';

function launcherPids(): Promise<number[]> {
  return new Promise((resolve) => {
    const ps = spawn('pgrep', ['-f', 'Neo4jLauncher']);
    let out = '';
    ps.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    ps.on('close', () => resolve(out.split('\n').filter(Boolean).map(Number)));
  });
}

describe('provisioning', () => {
  const db = testDatabase();

  it('uses NEO4J_URI when it is set and starts nothing', async () => {
    const before = await launcherPids();
    const provisioned = await provisionNeo4j({
      env: {
        ...neo4jEnv(db),
      },
    });
    try {
      expect(provisioned.strategy).toBe('env');
      expect(provisioned.pid).toBeUndefined();
      expect(provisioned.connection.uri).toBe(db.uri);
      const { records } = await provisioned.driver.executeQuery('RETURN 7 * 6 AS answer');
      expect(records[0]?.get('answer')).toBe(42);
      expect(await launcherPids()).toEqual(before);
    } finally {
      await provisioned.stop();
    }
  });

  it('this run took the configured database when NEO4J_URI was set, else started its own', () => {
    if (process.env.NEO4J_URI) {
      expect(db.strategy).toBe('env');
      expect(db.pid).toBeNull();
    } else {
      expect(['docker', 'local']).toContain(db.strategy);
    }
  });

  it('accepts a neo4j:// routing URI unchanged', async () => {
    const routed = db.uri.replace(/^bolt:\/\//, 'neo4j://');
    const provisioned = await provisionNeo4j({
      env: { NEO4J_URI: routed, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password },
    });
    try {
      expect(provisioned.connection.uri.startsWith('neo4j://') || !db.uri.startsWith('bolt://')).toBe(true);
      const answer = await provisioned.driver.executeQuery('RETURN 1 AS one', {}, { routing: 'READ' });
      expect(answer.records[0]?.get('one')).toBe(1);
    } finally {
      await provisioned.stop();
    }
  });

  it('says what to install when no path to a database is open', async () => {
    await expect(provisionNeo4j({ env: {}, skip: ['docker', 'local'] })).rejects.toThrow(
      /No Neo4j available[\s\S]*NEO4J_URI[\s\S]*Docker[\s\S]*Java 17\+ and Maven/,
    );
  });

  it('a local Neo4j stops by itself when the process that started it is killed', async () => {
    const problem = await localPrerequisiteProblem();
    expect(problem, 'this machine should be able to run the local path').toBeNull();
    const home = mkdtempSync(join(tmpdir(), 'akhbar-orphan-'));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'test/integration/fixtures/local-neo4j-child.ts'), home],
      {
        cwd: PROJECT_ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      const neo4jPid = await new Promise<number>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const match = /NEO4J_PID (\d+)/.exec(out);
          if (match) resolve(Number(match[1]));
        });
        child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
      });
      expect(isAlive(neo4jPid)).toBe(true);
      child.kill('SIGKILL');
      const deadline = Date.now() + 45_000;
      while (isAlive(neo4jPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      expect(isAlive(neo4jPid)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);
});
