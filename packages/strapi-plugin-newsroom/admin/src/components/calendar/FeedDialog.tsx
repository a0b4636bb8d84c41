import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import { Calendar as CalendarIcon, Duplicate, Trash } from '@strapi/icons';
import { useClipboard } from '@strapi/strapi/admin';
import { useCreateFeedMutation, useFeedsQuery, useRevokeFeedMutation } from '../../api';
import { useAttempt } from '../useAttempt';
import { formatInZone, useFormatLocale, useT } from '../../i18n';

/** The caller's private iCal feeds: make one, copy its URL into a calendar app, revoke it. */
export function FeedDialog({ zone }: { zone: string }) {
  const t = useT();
  const locale = useFormatLocale();
  const { data: feeds } = useFeedsQuery();
  const [create, { isLoading }] = useCreateFeedMutation();
  const [revoke] = useRevokeFeedMutation();
  const { copy } = useClipboard();
  const tryIt = useAttempt();
  const attempt = (work: () => Promise<unknown>, done: string) => tryIt(work, t(done));
  return (
    <Modal.Root>
      <Modal.Trigger>
        <Button variant="tertiary" startIcon={<CalendarIcon />}>
          {t('feed.open')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('feed.title')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={3} data-feeds>
            <Typography textColor="neutral600">{t('feed.explain')}</Typography>
            {(feeds ?? []).map((feed) => (
              <Flex key={feed.id} direction="column" alignItems="stretch" gap={1} data-feed={feed.id}>
                <Typography variant="pi" style={{ wordBreak: 'break-all' }} data-feed-url>
                  {feed.url}
                </Typography>
                <Flex gap={2}>
                  <Typography variant="pi" textColor="neutral600">
                    {t('feed.created', { at: formatInZone(feed.createdAt, zone, locale) })}
                  </Typography>
                  <Button
                    size="S"
                    variant="tertiary"
                    startIcon={<Duplicate />}
                    onClick={() => copy(feed.url)}
                  >
                    {t('panel.copy')}
                  </Button>
                  <Button
                    size="S"
                    variant="danger-light"
                    startIcon={<Trash />}
                    onClick={() => attempt(() => revoke(feed.id).unwrap(), 'feed.revoked')}
                  >
                    {t('feed.revoke')}
                  </Button>
                </Flex>
              </Flex>
            ))}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('common.close')}</Button>
          </Modal.Close>
          <Button loading={isLoading} onClick={() => attempt(() => create().unwrap(), 'feed.createdDone')}>
            {t('feed.create')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
