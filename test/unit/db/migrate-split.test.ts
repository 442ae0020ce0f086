import { describe, expect, it } from 'vitest';
import { connectionFromEnv } from '../../../src/db/config.ts';
import { splitStatements } from '../../../src/db/migrate.ts';

describe('splitStatements', () => {
  it('splits on a semicolon at the end of a line and drops // comment lines', () => {
    const text = [
      '// constraints',
      'CREATE CONSTRAINT a IF NOT EXISTS',
      '  FOR (n:A) REQUIRE n.id IS UNIQUE;',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name);',
      '',
      "RETURN 'x;y' AS keep",
    ].join('\n');
    expect(splitStatements(text)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS\n  FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name)',
      "RETURN 'x;y' AS keep",
    ]);
  });
});

describe('connectionFromEnv', () => {
  it('is null without NEO4J_URI, so provisioning may start a database', () => {
    expect(connectionFromEnv({})).toBeNull();
  });
  it('reads the four variables with defaults for user and database', () => {
    expect(connectionFromEnv({ NEO4J_URI: 'neo4j://db.internal:7687', NEO4J_PASSWORD: 's3cret' })).toEqual({
      uri: 'neo4j://db.internal:7687',
      user: 'neo4j',
      password: 's3cret',
      database: 'neo4j',
    });
  });
  it('rejects a URI that is not Bolt or neo4j', () => {
    expect(() => connectionFromEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow(
      /must start with bolt:\/\//,
    );
  });
});
