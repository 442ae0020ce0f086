// Child process: one benchmark server on 127.0.0.1, so the load generator (autocannon, in the
// parent) never shares an event loop with the server it measures. Prints "READY <port>".
// Usage: tsx bench/api/serve.ts <akhbar|raw|neo4j-graphql>   (NEO4J_URI, NEO4J_PASSWORD, … set)

import { useCheapSourceMappedStacks } from '../../src/api/stack-traces.ts';
import { connectionFromEnv } from '../../src/db/config.ts';
import { connect } from '../../src/db/driver.ts';
import { countingDriver } from '../lib/neo4j.ts';
import { SERVER_KINDS, type ServerKind, startServer } from './servers.ts';

const kind = process.argv[2] as ServerKind;
if (!SERVER_KINDS.includes(kind)) throw new Error(`server kind must be one of ${SERVER_KINDS.join(', ')}`);
// Every server's process as serve() (src/api/server.ts) sets ours up: all three run under tsx,
// and neo4j-driver formats a stack for each result it creates, which Node's source-map support
// makes a noticeable cost per request; none of the three pays it, so it is no one's handicap.
useCheapSourceMappedStacks();
const connection = connectionFromEnv();
if (!connection) throw new Error('NEO4J_URI is not set');
const driver = await connect(connection);
const counter = countingDriver(driver);
const { server, port } = await startServer(kind, counter.driver, connection.database, counter);
console.log(`READY ${port}`);

const stop = () => {
  server.closeAllConnections();
  server.close();
  void driver.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// Also end with the parent: the benchmark must never leave servers behind.
process.stdin.on('end', stop);
process.stdin.resume();
