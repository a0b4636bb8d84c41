import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';

/**
 * Test-only helpers: parse the printed HTML the way a validator does, and
 * validate it. Not used by the renderer.
 */

export const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // React writes `charSet` and `dateTime`; HTML attribute names are case-insensitive.
    'attr-case': 'off',
    // React closes void elements as `<br/>`; both spellings are valid HTML5.
    'void-style': 'off',
    // SEO advice on <title> length; the headline's length is the editor's call.
    'long-title': 'off',
    // Not in the preset, but a print outline must not skip heading levels.
    'heading-level': 'error',
  },
});

let parserConfig: ReturnType<HtmlValidate['getConfigForSync']> | undefined;

export function parse(html: string): HtmlElement {
  // Resolving the config is the slow part; the parser itself is cheap.
  parserConfig ??= validator.getConfigForSync('print.html');
  return new Parser(parserConfig).parseHtml(html);
}

/** The parser keeps entities as written; React only ever writes these five. */
export function decode(raw: string): string {
  return raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

export function textOf(element: HtmlElement | null): string {
  return element ? decode(element.textContent).replace(/\s+/g, ' ').trim() : '';
}

export function attr(element: HtmlElement | null, name: string): string | null {
  const value = element?.getAttribute(name)?.value;
  return typeof value === 'string' ? decode(value) : null;
}

export async function validationErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html, 'print.html');
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${message.ruleId}: ${message.message} (line ${message.line})`),
  );
}
