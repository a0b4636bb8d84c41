/// <reference types="jest" />
/// <reference types="node" />
import fs from 'fs';
import path from 'path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';

/**
 * "Every string in English and German": each translation file has a German
 * twin with the same keys, each message parses as ICU (as react-intl will
 * parse it) with the same arguments in both languages, and every key the
 * admin's code asks for exists in both.
 */
const DIR = __dirname;
const SRC = path.resolve(DIR, '..');
const read = (name: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8'));
const PAIRS = ['', 'content-manager.', 'type-names.'].map((prefix) => [
  `${prefix}en.json`,
  `${prefix}de.json`,
]);

/** Argument names of an ICU message, nested ones (inside plural branches) included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(`${element.value}:${TYPE[element.type]}`);
    if ('options' in element) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

describe.each(PAIRS)('%s and %s', (en, de) => {
  const english = read(en);
  const german = read(de);

  it('have the same keys', () => {
    expect(Object.keys(english).length).toBeGreaterThan(0);
    expect(Object.keys(german).sort()).toEqual(Object.keys(english).sort());
  });

  it('hold no empty value', () => {
    for (const [key, value] of Object.entries({ ...english, ...german })) {
      expect([key, typeof value === 'string' && value.trim().length > 0]).toEqual([key, true]);
    }
  });

  it('parse as ICU messages with the same arguments in both languages', () => {
    for (const key of Object.keys(english)) {
      const args = (text: string, file: string) => {
        try {
          return [...argumentsOf(parse(text))].sort();
        } catch (error) {
          throw new Error(`${file} "${key}" is not a valid ICU message: ${(error as Error).message}`);
        }
      };
      expect([key, args(german[key] ?? '', de)]).toEqual([key, args(english[key], en)]);
    }
  });
});

/** The admin's source files, tests and translations left out. */
function sourceFiles(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === DIR ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

interface Used {
  /** Keys written out in full, with where they are used. */
  exact: Map<string, string>;
  /** Keys built from a template (`state.${x}`), as patterns. */
  patterns: Map<string, string>;
}

/**
 * What the code asks for: every string (and template) reaching the first
 * argument of `t(…)` or `trad(…)`, through conditionals; and, for keys handed
 * over in a variable (`attempt(work, 'feed.created')` then `t(done)`), every
 * string literal of the key shape whose first segment is a namespace of en.json.
 */
function usedKeys(namespaces: Set<string>): Used {
  const used: Used = { exact: new Map(), patterns: new Map() };
  const keyShape = /^[a-z][a-zA-Z]*\.[a-zA-Z0-9][\w.]*$/;
  for (const file of sourceFiles()) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${path.relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const collect = (node: ts.Expression) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
        used.exact.set(node.text, where(node));
      else if (ts.isTemplateExpression(node)) {
        const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const pattern =
          escape(node.head.text) +
          node.templateSpans.map((span) => `.+${escape(span.literal.text)}`).join('');
        used.patterns.set(`^${pattern}$`, where(node));
      } else if (ts.isConditionalExpression(node)) {
        collect(node.whenTrue);
        collect(node.whenFalse);
      } else if (ts.isParenthesizedExpression(node)) collect(node.expression);
      else if (ts.isBinaryExpression(node)) {
        collect(node.left);
        collect(node.right);
      }
    };
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        ['t', 'trad'].includes(node.expression.text) &&
        node.arguments.length > 0
      )
        collect(node.arguments[0]);
      if (
        (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
        keyShape.test(node.text) &&
        namespaces.has(node.text.split('.')[0])
      )
        used.exact.set(node.text, where(node));
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return used;
}

describe('the keys the admin code uses', () => {
  const english = read('en.json');
  const german = read('de.json');
  const namespaces = new Set(Object.keys(english).map((key) => key.split('.')[0]));
  const used = usedKeys(namespaces);

  it('finds the code’s keys at all', () => {
    // The scan itself must work: the board, the calendar and the panel ask for dozens.
    expect(used.exact.size).toBeGreaterThan(60);
    expect(used.patterns.size).toBeGreaterThan(3);
  });

  it('are in en.json and in de.json', () => {
    const missing = [...used.exact]
      .filter(([key]) => !(key in english) || !(key in german))
      .map(([key, at]) => {
        const lacking = [key in english ? '' : 'en.json', key in german ? '' : 'de.json'].filter(Boolean);
        return `${key} (${at}) missing from ${lacking.join(' and ')}`;
      });
    expect(missing).toEqual([]);
  });

  it('built from a template match keys in both files', () => {
    const unmatched = [...used.patterns]
      .filter(([pattern]) =>
        [english, german].some(
          (messages) => !Object.keys(messages).some((key) => new RegExp(pattern).test(key)),
        ),
      )
      .map(([pattern, at]) => `${pattern} (${at})`);
    expect(unmatched).toEqual([]);
  });
});
