// Mutations with the API key: ingestArticle runs the real extractor and loader; deleteArticle
// removes what only that article supported.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useGraph } from '../support/graph.ts';
import { type RunningApi, startApi } from './support/api.ts';

const graph = useGraph();
let api: RunningApi;
const auth = { authorization: 'Bearer test-key-123' };

beforeAll(async () => {
  api = await startApi({ driver: graph.driver, database: graph.database, apiKey: 'test-key-123' });
});
afterAll(() => api?.close());

const BODY =
  'نفت حركة طالبان تقارير أفادت بأن ممثلين عنها التقوا مسؤولين من روسيا لبحث التهديد الذي يمثله تنظيم داعش في أفغانستان. ' +
  'وكانت صحيفة بريطانية قد ذكرت أن الرئيس الروسي فلاديمير بوتين التقى بزعيم طالبان.';

describe('mutations', () => {
  test('ingestArticle extracts, loads and returns what it found; deleteArticle removes it', async () => {
    const res = await api.gql<{
      ingestArticle: {
        article: { id: string; articleId: string; title: string; publishedAt: string };
        entities: { __typename: string; name: string }[];
        statements: { kind: string; speaker: { name?: string } | null }[];
        events: { type: string }[];
      };
    }>(
      `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) {
        article { id articleId title publishedAt }
        entities { __typename name }
        statements { kind speaker { ... on Entity { name } } }
        events { type }
        relations } }`,
      { input: { title: 'طالبان تنفي', body: BODY, publishedAt: '2015-12-24', source: 'test' } },
      auth,
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const found = res.data!.ingestArticle;
    expect(found.article.title).toBe('طالبان تنفي');
    expect(found.article.publishedAt).toBe('2015-12-24');
    expect(found.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['طالبان', 'داعش', 'فلاديمير بوتين']),
    );
    expect(found.statements.some((s) => s.kind === 'DENIED' && s.speaker?.name === 'طالبان')).toBe(true);

    // Now readable like everything else.
    const read = await api.gql<{ entity: { statementsBy: { totalCount: number } } }>(
      '{ entity(name: "طالبان") { statementsBy(kind: DENIED) { totalCount } } }',
    );
    expect(read.data?.entity.statementsBy.totalCount).toBeGreaterThan(0);

    const del = await api.gql<{ deleteArticle: { articleId: string; deleted: boolean } }>(
      'mutation ($id: ID!) { deleteArticle(id: $id) { articleId deleted } }',
      { id: found.article.id },
      auth,
    );
    expect(del.errors).toBeUndefined();
    expect(del.data?.deleteArticle).toEqual({ articleId: found.article.articleId, deleted: true });
    const after = await api.gql<{ stats: { articles: number; statements: number } }>(
      '{ stats { articles statements } }',
    );
    expect(after.data?.stats).toEqual({ articles: 0, statements: 0 });

    const again = await api.gql(
      'mutation ($id: ID!) { deleteArticle(id: $id) { deleted } }',
      { id: found.article.id },
      auth,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('ingestArticle validates its input', async () => {
    const res = await api.gql(
      'mutation { ingestArticle(input: { title: "t", body: "نص", publishedAt: "24/12/2015" }) { relations } }',
      {},
      auth,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
