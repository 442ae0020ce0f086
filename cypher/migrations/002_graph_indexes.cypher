// Lookup indexes the loader, delete-article and the API filter on, and FULLTEXT indexes for name and
// quote search. The `arabic` analyzer folds Arabic letter variants and strips common affixes.
CREATE INDEX entity_norm_name IF NOT EXISTS FOR (e:Entity) ON (e.normName);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX statement_article IF NOT EXISTS FOR (s:Statement) ON (s.articleId);
CREATE INDEX statement_kind IF NOT EXISTS FOR (s:Statement) ON (s.kind);
CREATE INDEX event_article IF NOT EXISTS FOR (e:Event) ON (e.articleId);
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX source_article IF NOT EXISTS FOR (s:Source) ON (s.articleId);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON EACH [s.quote, s.sentence] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
