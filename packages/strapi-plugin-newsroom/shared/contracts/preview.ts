/* eslint-disable @typescript-eslint/no-namespace -- request/response namespaces, as in Strapi's own shared/contracts */
/**
 * Draft previews and share links (/newsroom/previews*, /newsroom/share-links*),
 * shared by the server controllers, the admin client and the OpenAPI
 * document: zod schemas for the answers, the types inferred from them.
 */
import { z } from 'zod';

const instant = z.string().datetime({ offset: true });

export const SHARE_LINK_DEFAULT_DAYS = 7;
export const SHARE_LINK_MAX_DAYS = 90;

export const shareLink = z.object({
  id: z.string(),
  url: z.string().url().describe('Absolute URL with its signed token.'),
  targetType: z.string(),
  documentId: z.string(),
  locale: z.string().nullable(),
  snapshotAt: instant.describe('When the draft was copied into the link: the link shows it as it was then.'),
  expiresAt: instant,
  revokedAt: instant.nullable(),
  createdBy: z.string().nullable(),
});
export type ShareLink = z.infer<typeof shareLink>;

export const listShareLinksResponse = z.object({ data: z.array(shareLink) });
export const shareLinkResponse = z.object({ data: shareLink });
export const previewUrlResponse = z.object({
  /** A short-lived signed URL of the latest draft, rendered by the plugin. */
  data: z.object({ url: z.string().url(), expiresAt: instant }),
});

export namespace ListShareLinks {
  export type Response = z.infer<typeof listShareLinksResponse>;
}

export namespace CreateShareLink {
  export interface Request {
    targetType: string;
    documentId: string;
    locale?: string;
    /** Days until it expires; 7 by default, 90 at most. */
    days?: number;
  }
  export type Response = z.infer<typeof shareLinkResponse>;
}

export namespace GetPreviewUrl {
  export type Response = z.infer<typeof previewUrlResponse>;
}
