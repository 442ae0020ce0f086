// `akhbar serve` as a user runs it: a child process on the test database, answering over HTTP,
// stopping cleanly on SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, expect, test } from 'vitest';
import { neo4jEnv } from '../support/env.ts';
import { useGraph } from '../support/graph.ts';

const graph = useGraph();
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

test('akhbar serve --port 0 serves GraphQL, /health and /ready, and exits on SIGTERM', async () => {
  const { db } = graph;
  child = spawn(process.execPath, ['bin/akhbar.mjs', 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: {
      ...process.env,
      ...neo4jEnv(db),
      AKHBAR_API_KEY: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${out}`)), 30_000);
    child!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /GraphQL API at (http:\/\/\S+\/graphql)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child!.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
  });
  const base = url.replace(/\/graphql$/, '');
  expect((await fetch(`${base}/health`)).status).toBe(200);
  expect((await fetch(`${base}/ready`)).status).toBe(200);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { articles } }' }),
  });
  expect(await res.json()).toEqual({ data: { stats: { articles: 0 } } });
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  expect(code).toBe(0);
});
