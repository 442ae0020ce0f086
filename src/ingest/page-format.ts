// The newspaper page format of the seed files: several articles in one file separated by two or
// more blank lines; each starts with its title, may have a subtitle, and repeats page furniture
// (the title again, photo captions, the "TT" marker). Furniture is kept once in the body, so
// nothing is extracted twice.

export interface PageArticle {
  title: string;
  body: string;
  credits: string[];
  /** A short standfirst line right after the title (kept in the body too, once). */
  subtitle?: string;
}

/** A subtitle is short, has no sentence-final stop and is no photo caption. */
function isSubtitle(line: string): boolean {
  return line.length <= 160 && !/[.!?؟]\s*$/.test(line) && creditOf(line) === null;
}

const FURNITURE_MARKERS = new Set(['TT']);
// A photo credit closing a caption: "(إ.ب.أ)", "(أ.ف.ب)", "(رويترز)", "(أ ب)".
const CREDIT = /\(((?:\p{L}{1,2}[. ]){1,3}\p{L}{1,2}\.?|رويترز|أسوشيتد برس|غيتي|الأناضول|وكالات)\)\s*$/u;

export function looksLikePageFormat(text: string): boolean {
  return /^TT$/m.test(text) || /\n[ \t]*\n[ \t]*\n/.test(text.trim());
}

export function creditOf(line: string): string | null {
  const m = CREDIT.exec(line);
  return m ? m[1]!.trim() : null;
}

function parseBlock(block: string): PageArticle | null {
  const lines = block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const title = lines[0];
  if (title === undefined) return null;
  const seen = new Set<string>([title]);
  const kept: string[] = [];
  const credits: string[] = [];
  for (const line of lines.slice(1)) {
    if (FURNITURE_MARKERS.has(line) || seen.has(line)) continue;
    seen.add(line);
    const credit = creditOf(line);
    if (credit && !credits.includes(credit)) credits.push(credit);
    kept.push(line);
  }
  const first = kept[0];
  const subtitle = first !== undefined && kept.length > 1 && isSubtitle(first) ? first : undefined;
  return { title, body: kept.join('\n'), credits, ...(subtitle ? { subtitle } : {}) };
}

export function parsePageFormat(text: string): PageArticle[] {
  return text
    .split(/\n[ \t]*\n(?:[ \t]*\n)+/)
    .map(parseBlock)
    .filter((a): a is PageArticle => a !== null && a.body !== '');
}

/** One article per file: title on the first non-empty line, body after it. */
export function parseSingleArticle(text: string): PageArticle | null {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() !== '');
  if (at < 0) return null;
  const title = lines[at]!.trim();
  const body = lines
    .slice(at + 1)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
  return { title, body, credits: [] };
}
