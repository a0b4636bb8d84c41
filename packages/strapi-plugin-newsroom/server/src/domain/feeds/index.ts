export * from './feed';
export * from './sitemap';
export * from './xml-text';
