/* eslint-disable @typescript-eslint/no-namespace -- request/response namespaces, as in Strapi's own shared/contracts */
/**
 * Draft previews and share links (/newsroom/previews*, /newsroom/share-links*),
 * shared by the server controllers and the admin client. Plain types only.
 */

export const SHARE_LINK_DEFAULT_DAYS = 7;
export const SHARE_LINK_MAX_DAYS = 90;

export interface ShareLink {
  id: string;
  /** Absolute URL with its signed token. */
  url: string;
  targetType: string;
  documentId: string;
  locale: string | null;
  /** When the draft was copied into the link: the link shows it as it was then. */
  snapshotAt: string;
  expiresAt: string;
  revokedAt: string | null;
  createdBy: string | null;
}

export namespace ListShareLinks {
  export interface Response {
    data: ShareLink[];
  }
}

export namespace CreateShareLink {
  export interface Request {
    targetType: string;
    documentId: string;
    locale?: string;
    /** Days until it expires; 7 by default, 90 at most. */
    days?: number;
  }
  export interface Response {
    data: ShareLink;
  }
}

export namespace GetPreviewUrl {
  export interface Response {
    /** A short-lived signed URL of the latest draft, rendered by the plugin. */
    data: { url: string; expiresAt: string };
  }
}
