import { Button, Flex, Link, Typography } from '@strapi/design-system';
import { Duplicate, Eye, Link as LinkIcon, Trash } from '@strapi/icons';
import { useClipboard } from '@strapi/strapi/admin';
import type { ShareLink } from '../../../shared/contracts/preview';
import {
  type Target,
  useCreateShareLinkMutation,
  useLazyPreviewUrlQuery,
  useRevokeShareLinkMutation,
  useShareLinksQuery,
} from '../api';
import { useAttempt } from '../components/useAttempt';
import { formatInZone, useFormatLocale, useT } from '../i18n';

/**
 * "Preview" opens the plugin's rendering of the latest draft (a signed link
 * for an hour); share links show the draft as it is now to anyone with the
 * link, for seven days, until revoked. Listed here with who made them.
 */
export function ShareLinks({ target, zone }: { target: Target; zone: string }) {
  const t = useT();
  const locale = useFormatLocale();
  const attempt = useAttempt();
  const { copy } = useClipboard();
  const { data: links } = useShareLinksQuery(target);
  const [create, { isLoading }] = useCreateShareLinkMutation();
  const [revoke] = useRevokeShareLinkMutation();
  const [previewUrl] = useLazyPreviewUrlQuery();

  const openPreview = () =>
    attempt(async () => {
      // Opened before the request so the browser does not block it as a pop-up.
      const tab = window.open('', '_blank');
      const { url } = await previewUrl(target).unwrap();
      if (tab) tab.location.href = url;
    });
  const share = () =>
    attempt(
      async () => {
        const link = await create({ ...target }).unwrap();
        const copied = await copy(link.url);
        return copied;
      },
      (copied) => t(copied ? 'share.createdCopied' : 'share.created'),
    );
  const state = (link: ShareLink) =>
    link.revokedAt
      ? t('share.revokedAt', { at: formatInZone(link.revokedAt, zone, locale) })
      : t('share.expires', { at: formatInZone(link.expiresAt, zone, locale) });

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-share-links>
      <Flex gap={2} wrap="wrap">
        <Button size="S" variant="secondary" startIcon={<Eye />} onClick={openPreview} data-preview>
          {t('share.preview')}
        </Button>
        <Button size="S" variant="tertiary" startIcon={<LinkIcon />} onClick={share} loading={isLoading}>
          {t('share.create')}
        </Button>
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {t('share.explain')}
      </Typography>
      {(links ?? []).map((link) => (
        <Flex
          key={link.id}
          direction="column"
          alignItems="stretch"
          gap={1}
          data-share-link={link.id}
          data-revoked={Boolean(link.revokedAt)}
        >
          <Link
            href={link.url}
            isExternal
            style={{ textDecoration: link.revokedAt ? 'line-through' : undefined }}
          >
            {t('share.snapshot', { at: formatInZone(link.snapshotAt, zone, locale) })}
          </Link>
          <Typography variant="pi" textColor={link.revokedAt ? 'danger600' : 'neutral600'}>
            {state(link)}
            {link.createdBy ? ` · ${link.createdBy}` : ''}
          </Typography>
          {!link.revokedAt && (
            <Flex gap={2}>
              <Button size="S" variant="tertiary" startIcon={<Duplicate />} onClick={() => copy(link.url)}>
                {t('panel.copy')}
              </Button>
              <Button
                size="S"
                variant="danger-light"
                startIcon={<Trash />}
                onClick={() =>
                  attempt(
                    () => revoke(link.id).unwrap(),
                    () => t('share.revoked'),
                  )
                }
              >
                {t('share.revoke')}
              </Button>
            </Flex>
          )}
        </Flex>
      ))}
    </Flex>
  );
}
