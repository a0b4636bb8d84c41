import type { Core } from '@strapi/strapi';
import {
  SHARE_LINK_DEFAULT_DAYS,
  SHARE_LINK_MAX_DAYS,
  type ShareLink,
} from '../../../shared/contracts/preview';
import { RuleError } from '../domain/errors';
import { LinkError } from '../domain/share/token';
import { createLinksRepository, type ShareLinkRow } from '../repositories/links-repository';
import { PREVIEW_TYPES, type PreviewModel } from './previews';
import { getService } from '../get-service';

/** How long the admin's own preview link works: long enough to read, too short to pass around. */
export const PREVIEW_LINK_MS = 60 * 60_000;

export interface ShareInput {
  targetType: string;
  documentId: string;
  locale: string | null;
  days?: number;
}

/**
 * Share links: a copy of the draft as it is when the link is made (so what a
 * reviewer approves cannot change under them), behind a signed URL that
 * expires (7 days by default) and can be revoked. Also the admin's preview
 * link, which always shows the latest draft and lasts an hour.
 */
export const createShareLinksService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createLinksRepository(strapi);
  const links = () => getService(strapi, 'links');
  const previews = () => getService(strapi, 'previews');
  const pagePath = (token: string) => links().apiPath(`/previews/${token}`);

  function present(row: ShareLinkRow): ShareLink {
    const token = links().sign({ kind: 'share', id: row.documentId, exp: row.expiresAt.getTime() });
    return {
      id: row.documentId,
      url: links().absolute(pagePath(token)),
      targetType: row.targetType,
      documentId: row.targetDocumentId,
      locale: row.targetLocale,
      snapshotAt: row.snapshotAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
      createdBy: row.createdByEmail,
    };
  }

  function assertType(uid: string) {
    if (!(PREVIEW_TYPES as readonly string[]).includes(uid))
      throw new RuleError(`Only articles and series can be shared, not "${uid}".`, ['targetType']);
  }

  async function findOrFail(id: string) {
    const row = await repo.shareLink(id);
    if (!row) throw new RuleError(`There is no share link "${id}".`, ['id'], 'not-found');
    return row;
  }

  return {
    async create(input: ShareInput, createdBy: string | null): Promise<ShareLink> {
      assertType(input.targetType);
      const days = input.days ?? SHARE_LINK_DEFAULT_DAYS;
      if (!Number.isInteger(days) || days < 1 || days > SHARE_LINK_MAX_DAYS) {
        throw new RuleError(
          `days must be a whole number from 1 to ${SHARE_LINK_MAX_DAYS} (got ${JSON.stringify(input.days)}).`,
          ['days'],
        );
      }
      const model = await previews().model(input.targetType, input.documentId, input.locale);
      const now = links().now();
      const row = await repo.createShareLink({
        targetType: input.targetType,
        targetDocumentId: input.documentId,
        targetLocale: input.locale,
        snapshot: model,
        snapshotAt: now.toJSDate(),
        expiresAt: now.plus({ days }).toJSDate(),
        createdByEmail: createdBy,
      });
      return present(row);
    },

    async list(targetType: string, documentId: string, locale: string | null): Promise<ShareLink[]> {
      assertType(targetType);
      return (await repo.shareLinks(targetType, documentId, locale)).map(present);
    },

    /** The link's target, for the permission check before a revoke. */
    target: async (id: string) => findOrFail(id),

    async revoke(id: string): Promise<ShareLink> {
      const row = await findOrFail(id);
      if (!row.revokedAt) await repo.revokeShareLink(row.id, links().now().toJSDate());
      return present(await findOrFail(id));
    },

    /** A signed URL of the latest draft for the admin's preview (and Strapi's Preview panel). */
    previewUrl(targetType: string, documentId: string, locale: string | null) {
      assertType(targetType);
      const exp = links().now().toMillis() + PREVIEW_LINK_MS;
      const token = links().sign({ kind: 'preview', uid: targetType, documentId, locale, exp });
      return { url: links().absolute(pagePath(token)), expiresAt: new Date(exp).toISOString() };
    },

    /**
     * For `config/admin.ts` → `preview.config.handler`: the plugin's own
     * rendering of an article or series draft; null (no preview) for other types.
     */
    strapiPreview(uid: string, documentId: string, locale: string | null): string | null {
      if (!(PREVIEW_TYPES as readonly string[]).includes(uid)) return null;
      return this.previewUrl(uid, documentId, locale).url;
    },

    /**
     * The page behind a token. Forged and expired tokens are refused (401)
     * before anything is read; a share link that was revoked or deleted is
     * a 404. The answer never carries draft text unless the token holds.
     */
    async page(token: string, day: string | undefined): Promise<string> {
      const payload = links().verify(token);
      let model: PreviewModel;
      let savedAt: string;
      if (payload.kind === 'share') {
        const row = await repo.shareLink(payload.id);
        if (!row) throw new LinkError('This share link does not exist (any more).', 'unknown');
        if (row.revokedAt) throw new LinkError('This share link was revoked by the newsroom.', 'revoked');
        model = row.snapshot as PreviewModel;
        savedAt = row.snapshotAt.toISOString();
      } else if (payload.kind === 'preview') {
        model = await previews().model(payload.uid, payload.documentId, payload.locale);
        savedAt = links().now().toISO() as string;
      } else {
        throw new LinkError('This link is not a preview or share link.', 'forged');
      }
      return previews().render(model, savedAt, day, (d) => `${pagePath(token)}?at=${d}`);
    },
  };
};

export type ShareLinksService = ReturnType<typeof createShareLinksService>;
