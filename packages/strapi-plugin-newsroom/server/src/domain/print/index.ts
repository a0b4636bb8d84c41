/** Print views of articles and series: pure rendering, no Strapi. */
export { renderArticlePrint, renderSeriesPrint } from './render';
export { renderArticlePreview, renderSeriesPreview } from './preview';
export { PRINT_STYLESHEET } from './stylesheet';
export type {
  BlocksContent,
  BlocksNode,
  BlocksInline,
  PrintArticle,
  PrintContentsEntry,
  PrintCorrection,
  PrintLocale,
  PrintOptions,
  PrintPage,
  PrintSeries,
  PrintSeriesRef,
} from './types';
