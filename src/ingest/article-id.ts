import { createHash } from 'node:crypto';

/** Content hash of an article: same title and body, same id, whatever file it came from. */
export function articleId(title: string, body: string): string {
  return createHash('sha256').update(`${title}\n${body}`).digest('hex');
}
