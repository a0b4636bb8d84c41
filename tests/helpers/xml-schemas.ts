import fs from 'fs';
import path from 'path';
import { validateXML } from 'xmllint-wasm';

const DIR = path.join(__dirname, '..', 'fixtures', 'schemas');
const read = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(DIR, name), 'utf8') });

/** The schemas shipped as fixtures, each with the files it imports. */
const SCHEMAS = {
  atom: { main: 'atom.rng', imports: [] as string[], extension: 'relaxng' as const },
  sitemap: {
    main: 'sitemap-with-xhtml.xsd',
    imports: ['sitemap.xsd', 'xhtml-link.xsd'],
    extension: 'schema' as const,
  },
  sitemapIndex: { main: 'siteindex.xsd', imports: [], extension: 'schema' as const },
  news: {
    main: 'sitemap-with-news.xsd',
    imports: ['sitemap.xsd', 'sitemap-news.xsd'],
    extension: 'schema' as const,
  },
};

/**
 * libxml2 (xmllint compiled to WebAssembly, from npm: no network, no system
 * package) validating against a schema fixture; [] when valid.
 */
export async function schemaProblems(xml: string, schema: keyof typeof SCHEMAS): Promise<string[]> {
  const { main, imports, extension } = SCHEMAS[schema];
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [read(main)],
    preload: imports.map(read),
    extension,
    // Sitemaps of 50,000 URLs are large: room for them (pages of 64 KiB).
    initialMemoryPages: 4096,
    maxMemoryPages: 65536,
  });
  return result.valid ? [] : result.errors.map((error: any) => error.message ?? error.rawMessage);
}
