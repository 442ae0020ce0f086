// Connection settings, read once from the environment. NEO4J_URI set means "use that database
// and start nothing"; any bolt://, neo4j://, bolt+s:// or neo4j+s:// URI is accepted so a
// cluster works unchanged.

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export const DEFAULT_DATABASE = 'neo4j';

const SCHEMES = /^(bolt|neo4j)(\+s|\+ssc)?:\/\//;

export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConnection | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  if (!SCHEMES.test(uri)) {
    throw new Error(`NEO4J_URI must start with bolt://, neo4j://, bolt+s:// or neo4j+s:// (got "${uri}")`);
  }
  return {
    uri,
    user: env.NEO4J_USER?.trim() || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE?.trim() || DEFAULT_DATABASE,
  };
}
