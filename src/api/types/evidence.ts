// Evidence: the article sentence (and offsets) that supports a node or a relation.
import { ArticleRef, EvidenceRef } from './refs.ts';

const SENTENCE_END = /[.!?؟\n]/;

/** The sentence of `text` around [start, end): mentions carry offsets, not sentences. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).trim();
}

EvidenceRef.implement({
  description: 'Where the graph got something from: an article, the sentence and its offsets.',
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      nullable: true,
      resolve: (ev, _args, ctx) => ctx.loaders.article.byId.load(ev.articleId),
    }),
    sentence: t.string({
      nullable: true,
      description: 'The supporting sentence (cut from the article text for mentions).',
      resolve: async (ev, _args, ctx) => {
        if (ev.sentence) return ev.sentence;
        if (ev.start === null || ev.end === null) return null;
        const article = await ctx.loaders.article.byId.load(ev.articleId);
        return article ? sentenceAround(article.text, ev.start, ev.end) : null;
      },
    }),
    text: t.exposeString('text', {
      nullable: true,
      description: 'The mention as written, for entity evidence.',
    }),
    start: t.exposeInt('start', {
      nullable: true,
      description: 'Offset in Article.text (UTF-16 code units).',
    }),
    end: t.exposeInt('end', { nullable: true }),
  }),
});
