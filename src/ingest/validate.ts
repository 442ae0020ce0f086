// Reads a file as UTF-8 text, refusing what would poison extraction: missing, too large,
// binary, invalid UTF-8, empty. Each refusal is an IngestError naming file and reason.
import { readFile, stat } from 'node:fs/promises';
import { IngestError } from './types.ts';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function decodeText(file: string, bytes: Uint8Array): string {
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (head.includes(0)) throw new IngestError(file, 'binary', 'binary file (NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(file, 'invalid-utf8', 'invalid UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(file, 'empty', 'empty file');
  return text;
}

export async function readTextFile(file: string, maxBytes = MAX_FILE_BYTES): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new IngestError(file, 'not-found', 'no such file');
  }
  if (size > maxBytes) {
    throw new IngestError(file, 'too-large', `file too large (${size} bytes, limit ${maxBytes})`);
  }
  if (size === 0) throw new IngestError(file, 'empty', 'empty file');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new IngestError(file, 'unreadable', `cannot read (${e instanceof Error ? e.message : String(e)})`);
  }
  return decodeText(file, bytes);
}
