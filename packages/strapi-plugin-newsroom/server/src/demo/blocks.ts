/** Small builders for Strapi Blocks JSON, used by the demo content. */
export type Inline = string | { url: string; text: string };

export function paragraph(...parts: Inline[]) {
  return {
    type: 'paragraph',
    children: parts.map((part) =>
      typeof part === 'string'
        ? { type: 'text', text: part }
        : { type: 'link', url: part.url, children: [{ type: 'text', text: part.text }] },
    ),
  };
}

export function heading(text: string, level = 2) {
  return { type: 'heading', level, children: [{ type: 'text', text }] };
}
