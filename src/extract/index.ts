// Public API of the extractor.
export type { ArticleExtraction } from './contract.ts';
export { createDoc, type Doc } from './document.ts';
export {
  type CandidateRecogniser,
  type Component,
  defaultComponents,
  extractArticle,
  Pipeline,
} from './pipeline.ts';
export { toContract } from './serialise.ts';
