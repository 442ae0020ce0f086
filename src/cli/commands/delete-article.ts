// `akhbar delete-article <id>`: takes one article's contribution out of the graph; entities no
// other article mentions go with it.
import type { Command } from 'commander';
import { deleteArticle } from '../../graph/writer.ts';
import { withDatabase } from '../database.ts';

export function registerDeleteArticle(program: Command): void {
  program
    .command('delete-article')
    .description('remove an article with its statements, events, mentions and relation evidence')
    .argument('<id>', 'article id (the content hash `akhbar extract` prints)')
    .action(async (id: string) => {
      const deleted = await withDatabase((db) =>
        deleteArticle(db.driver, id, { database: db.connection.database }),
      );
      if (deleted) console.log(`deleted article ${id}`);
      else {
        console.error(`akhbar delete-article: no article with id ${id}`);
        process.exitCode = 1;
      }
    });
}
