import { safeWebUrl, safeLinkUrl } from './safe-url';

/**
 * Strapi Blocks JSON read into a small, trusted tree. Everything defensive
 * happens here, once: unknown nodes are skipped or kept as their text, link
 * and image URLs are checked, and the renderer only ever sees this shape.
 */

export interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  code: boolean;
}
export interface PrintText {
  kind: 'text';
  text: string;
  marks: Marks;
}
export interface PrintLink {
  kind: 'link';
  href: string;
  children: PrintText[];
}
export type PrintInline = PrintText | PrintLink;
export interface PrintListItem {
  children: PrintInline[];
  lists: PrintList[];
}
export interface PrintList {
  kind: 'list';
  ordered: boolean;
  items: PrintListItem[];
}
export interface PrintImage {
  kind: 'image';
  src: string;
  alt: string;
  width?: number;
  height?: number;
  caption?: string;
}
export type PrintBlock =
  | { kind: 'paragraph'; children: PrintInline[] }
  | { kind: 'heading'; level: number; children: PrintInline[] }
  | { kind: 'quote'; children: PrintInline[] }
  | { kind: 'code'; text: string }
  | PrintList
  | PrintImage;

// Hostile JSON can nest deeper than the stack; past this depth content is dropped, not recursed.
const MAX_DEPTH = 32;

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childrenOf(node: Node): unknown[] {
  return Array.isArray(node.children) ? node.children : [];
}

function marksOf(node: Node): Marks {
  return {
    bold: node.bold === true,
    italic: node.italic === true,
    underline: node.underline === true,
    strikethrough: node.strikethrough === true,
    code: node.code === true,
  };
}

/** Text nodes only: used inside links (no nested links) and code blocks. */
function texts(children: unknown[], depth: number): PrintText[] {
  if (depth > MAX_DEPTH) return [];
  return children.flatMap((child): PrintText[] => {
    if (!isNode(child)) return [];
    if (typeof child.text === 'string') return [{ kind: 'text', text: child.text, marks: marksOf(child) }];
    return texts(childrenOf(child), depth + 1);
  });
}

function inlines(children: unknown[], baseUrl: string | undefined, depth: number): PrintInline[] {
  if (depth > MAX_DEPTH) return [];
  return children.flatMap((child): PrintInline[] => {
    if (!isNode(child)) return [];
    if (child.type === 'link') {
      const linkText = texts(childrenOf(child), depth + 1);
      const href = safeLinkUrl(child.url, baseUrl);
      // A refused URL loses its link but never its words.
      return href ? [{ kind: 'link', href, children: linkText }] : linkText;
    }
    if (typeof child.text === 'string') return [{ kind: 'text', text: child.text, marks: marksOf(child) }];
    // Unknown inline wrappers keep their text.
    return inlines(childrenOf(child), baseUrl, depth + 1);
  });
}

function hasContent(children: PrintInline[]): boolean {
  return children.some((child) => child.kind === 'link' || child.text.trim() !== '');
}

function list(node: Node, baseUrl: string | undefined, depth: number): PrintList | null {
  if (depth > MAX_DEPTH) return null;
  const items: PrintListItem[] = [];
  for (const child of childrenOf(node)) {
    if (!isNode(child)) continue;
    if (child.type === 'list') {
      // Strapi stores a nested list beside the items; HTML wants it inside the previous <li>.
      const nested = list(child, baseUrl, depth + 1);
      if (!nested) continue;
      if (items.length === 0) items.push({ children: [], lists: [] });
      items[items.length - 1].lists.push(nested);
      continue;
    }
    const item = listItem(child, baseUrl, depth + 1);
    if (item.lists.length > 0 || hasContent(item.children)) items.push(item);
  }
  return items.length > 0 ? { kind: 'list', ordered: node.format === 'ordered', items } : null;
}

function listItem(node: Node, baseUrl: string | undefined, depth: number): PrintListItem {
  const inlineNodes: unknown[] = [];
  const lists: PrintList[] = [];
  for (const child of childrenOf(node)) {
    if (isNode(child) && child.type === 'list') {
      const nested = list(child, baseUrl, depth + 1);
      if (nested) lists.push(nested);
    } else {
      inlineNodes.push(child);
    }
  }
  return { children: inlines(inlineNodes, baseUrl, depth + 1), lists };
}

function image(node: Node, baseUrl: string | undefined): PrintImage | null {
  const data = isNode(node.image) ? node.image : {};
  const src = safeWebUrl(data.url, baseUrl);
  if (!src) return null;
  const result: PrintImage = {
    kind: 'image',
    src,
    alt: typeof data.alternativeText === 'string' ? data.alternativeText : '',
  };
  if (isDimension(data.width)) result.width = data.width;
  if (isDimension(data.height)) result.height = data.height;
  if (typeof data.caption === 'string' && data.caption.trim() !== '') result.caption = data.caption;
  return result;
}

function isDimension(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 100_000;
}

function headingLevel(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) ? Math.min(Math.max(value, 1), 6) : 2;
}

function block(node: unknown, baseUrl: string | undefined): PrintBlock | null {
  if (!isNode(node)) return null;
  switch (node.type) {
    case 'list':
      return list(node, baseUrl, 0);
    case 'image':
      return image(node, baseUrl);
    case 'code': {
      // Code is literal: links inside it print as their text, without endnotes.
      const text = texts(childrenOf(node), 0)
        .map((part) => part.text)
        .join('');
      return text.trim() === '' ? null : { kind: 'code', text };
    }
    default: {
      const children = inlines(childrenOf(node), baseUrl, 0);
      if (!hasContent(children)) return null;
      if (node.type === 'heading') return { kind: 'heading', level: headingLevel(node.level), children };
      if (node.type === 'quote') return { kind: 'quote', children };
      // Paragraphs, and unknown blocks that carry text, print as paragraphs.
      return { kind: 'paragraph', children };
    }
  }
}

export function normalizeBlocks(value: unknown, baseUrl?: string): PrintBlock[] {
  if (!Array.isArray(value)) return [];
  return value.map((node) => block(node, baseUrl)).filter((node): node is PrintBlock => node !== null);
}
