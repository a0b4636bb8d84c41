export * from './feed';
export * from './labels';
export * from './news-sitemap';
export * from './sitemap';
export * from './xml-text';
