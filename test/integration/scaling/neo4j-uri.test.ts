// Beyond one machine (docs/scaling.md): the API must run unchanged against a Neo4j cluster, which
// means accepting a neo4j:// (routing) URI and sending every read through executeRead, so the
// driver routes it to a reader (secondary) instead of the leader. Runs on the run's real Neo4j:
// a single server also answers routing requests, so neo4j:// works against it.
import type { Driver, ManagedTransaction, Session, SessionConfig } from 'neo4j-driver';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/api/app.ts';
import { connectionFromEnv } from '../../../src/db/config.ts';
import { connect } from '../../../src/db/driver.ts';
import { useGraph } from '../../support/graph.ts';

const graph = useGraph();

/** What the app asked of the driver: session access modes and transaction functions used. */
interface Recorded {
  modes: string[];
  calls: string[];
}

function recording(driver: Driver): { driver: Driver; seen: Recorded } {
  const seen: Recorded = { modes: [], calls: [] };
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (
          prop === 'executeRead' ||
          prop === 'executeWrite' ||
          prop === 'run' ||
          prop === 'beginTransaction'
        ) {
          return (...args: unknown[]) => {
            seen.calls.push(prop);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'session') {
        return (config?: SessionConfig) => {
          seen.modes.push(config?.defaultAccessMode ?? 'WRITE');
          return wrapSession((value as (c?: SessionConfig) => Session).call(target, config));
        };
      }
      if (prop === 'executeQuery') {
        return (...args: unknown[]) => {
          seen.calls.push('executeQuery');
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: wrapped, seen };
}

describe('a neo4j:// (cluster routing) URI', () => {
  let routing: Driver;
  const uri = () => graph.db.uri.replace(/^bolt(\+s|\+ssc)?:\/\//, 'neo4j$1://');

  beforeAll(async () => {
    await graph.driver.executeQuery(
      `CREATE (:Entity:Country {id: 'country:ru', type: 'Country', name: 'روسيا', nameEn: 'Russia',
         aliases: ['موسكو'], normName: 'روسيا', normAliases: ['موسكو'], aliasText: 'موسكو'})`,
      {},
      { database: graph.database },
    );
    routing = await connect({ ...graph.db, uri: uri() });
  });

  afterAll(async () => {
    await routing?.close();
  });

  it('is accepted as configuration (NEO4J_URI) and connects', async () => {
    const connection = connectionFromEnv({ NEO4J_URI: uri(), NEO4J_PASSWORD: graph.db.password });
    expect(connection?.uri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    // A routing driver fetched a routing table: it knows at least one reader for the database.
    const info = await routing.getServerInfo({ database: graph.database });
    expect(info.address).toBeTruthy();
  });

  it('serves the API, every read through executeRead on a READ session', async () => {
    const { driver, seen } = recording(routing);
    const app = createApp({ driver, database: graph.database, logger: pino({ level: 'silent' }) });
    const res = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        query: `{ entity(id: "country:ru") { entityId name nameEn }
                  search(query: "روسيا", types: [COUNTRY]) { totalCount }
                  stats { countries } }`,
      }),
    });
    const body = (await res.json()) as {
      data?: {
        entity: { entityId: string; name: string };
        search: { totalCount: number };
        stats: { countries: number };
      };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.entity).toMatchObject({ entityId: 'country:ru', name: 'روسيا' });
    expect(body.data?.stats.countries).toBe(1);

    // The reads happened, and all of them as routed reads: READ sessions, executeRead only —
    // never session.run / executeWrite / explicit transactions, which a cluster sends to the leader.
    expect(seen.calls.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen.calls)).toEqual(new Set(['executeRead']));
    expect(seen.modes.length).toBeGreaterThan(0);
    expect(new Set(seen.modes)).toEqual(new Set(['READ']));
  });

  it('routes a READ session to a server the routing table lists as a reader', async () => {
    const session = routing.session({ database: graph.database, defaultAccessMode: 'READ' });
    try {
      const run = (tx: ManagedTransaction) =>
        tx.run('CALL dbms.routing.getRoutingTable({}, $db)', { db: graph.database });
      const records = (await session.executeRead(run)).records;
      const servers = records[0]!.get('servers') as { role: string; addresses: string[] }[];
      const readers = servers.find((s) => s.role === 'READ')?.addresses ?? [];
      expect(readers.length).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});
