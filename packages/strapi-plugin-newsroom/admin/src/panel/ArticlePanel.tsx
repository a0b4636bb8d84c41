import { Box, Button, Divider, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { Duplicate, File } from '@strapi/icons';
import { useClipboard, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import type { PartLink } from '../../../shared/contracts/board';
import { errorMessage, useArticleQuery, useCancelMutation } from '../api';
import { LocaleChips } from '../components/LocaleChips';
import { useAttempt } from '../components/useAttempt';
import { formatDay, formatInZone, trad, useFormatLocale, useT } from '../i18n';
import { ARTICLE_UID, editUrl, PERMISSIONS } from '../pluginId';
import { CreateHint } from './CreateHint';
import { ScheduleForm } from './ScheduleForm';
import { ShareLinks } from './ShareLinks';

export const Heading = ({ children }: { children: React.ReactNode }) => (
  <Typography variant="sigma" textColor="neutral600" tag="h3">
    {children}
  </Typography>
);

/** The permalink (unformatted, read-only), Copy, and the print view once published. */
export function Permalink({
  permalink,
}: {
  permalink: { id: number; url: string | null; printUrl?: string | null } | null;
}) {
  const t = useT();
  const { copy } = useClipboard();
  const { toggleNotification } = useNotification();
  if (!permalink?.url) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('panel.noPermalink')}
      </Typography>
    );
  }
  const copyPermalink = async (url: string) => {
    const ok = await copy(url);
    toggleNotification({
      type: ok ? 'success' : 'warning',
      message: t(ok ? 'panel.copied' : 'panel.copyFailed'),
    });
  };
  const backend = (window as any).strapi?.backendURL ?? '';
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Typography variant="pi" data-permalink-id>
        {t('panel.permalinkId', { id: String(permalink.id) })}
      </Typography>
      <Typography variant="pi" data-permalink>
        {permalink.url}
      </Typography>
      <Flex gap={2}>
        <Button
          size="S"
          variant="tertiary"
          startIcon={<Duplicate />}
          onClick={() => copyPermalink(permalink.url!)}
        >
          {t('panel.copy')}
        </Button>
        {permalink.printUrl && (
          <Link href={`${backend}${permalink.printUrl}`} isExternal startIcon={<File />}>
            {t('panel.print')}
          </Link>
        )}
      </Flex>
    </Flex>
  );
}

function PanelContent({ documentId, locale }: { documentId: string; locale: string }) {
  const t = useT();
  const formatLocale = useFormatLocale();
  const attempt = useAttempt();
  const { allowedActions: create } = useRBAC(PERMISSIONS.scheduleCreate as any);
  const { allowedActions: remove } = useRBAC(PERMISSIONS.scheduleDelete as any);
  const [cancelAction] = useCancelMutation();
  const { data: context, error } = useArticleQuery({ documentId, locale });
  // While something is pending, poll so the chips turn published when the runner has done it.
  useArticleQuery({ documentId, locale }, { pollingInterval: 3000, skip: !context?.data.pending.length });

  if (error) return <Typography textColor="danger600">{errorMessage(error)}</Typography>;
  if (!context) return <Loader small>{t('common.loading')}</Loader>;
  const { data, meta } = context;
  const partLink = (label: string, part: PartLink | null) =>
    part && (
      <Link tag={RouterLink} to={editUrl(ARTICLE_UID, part.documentId, locale)}>
        {t(label, { number: part.number, title: part.title ?? t('board.hiddenTitle') })}
      </Link>
    );
  const cancel = (id: string) => attempt(() => cancelAction(id).unwrap(), t('schedule.cancelled'));

  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={3}
      width="100%"
      data-newsroom-panel
      data-locale={locale}
    >
      {data.series ? (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography fontWeight="bold" data-position>
            {data.position?.total
              ? t('panel.partOf', { number: data.position.number, total: data.position.total })
              : t('panel.part', { number: data.position?.number ?? '?' })}
          </Typography>
          <Typography variant="pi" data-series-title>
            {data.series.title ?? t('board.hiddenTitle')}
          </Typography>
          {partLink('panel.previous', data.previous)}
          {partLink('panel.next', data.next)}
          {data.planned.map((plan) => (
            <Typography key={plan.number} variant="pi" textColor="neutral600" data-planned={plan.number}>
              {t('panel.planned', { number: plan.number, title: plan.workingTitle ?? plan.topic ?? '…' })}
              {plan.expectedAt ? ` · ${formatDay(plan.expectedAt, meta.zone, formatLocale)}` : ''}
            </Typography>
          ))}
        </Flex>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.noSeries')}
        </Typography>
      )}
      <Divider />
      <Heading>{t('panel.locales')}</Heading>
      <LocaleChips id={data.documentId} chips={data.locales} zone={meta.zone} />
      <Divider />
      <Heading>{t('panel.preview')}</Heading>
      <ShareLinks target={{ targetType: ARTICLE_UID, documentId, locale }} zone={meta.zone} />
      <Divider />
      <Heading>{t('panel.permalink')}</Heading>
      <Permalink permalink={data.permalink} />
      <Divider />
      <Heading>{t('panel.scheduled')}</Heading>
      {data.pending.length === 0 && (
        <Typography variant="pi" textColor="neutral600">
          {t('schedule.none')}
        </Typography>
      )}
      {data.pending.map((action) => (
        <Flex key={action.id} justifyContent="space-between" gap={2} data-pending={action.id}>
          <Typography variant="pi">
            {t(action.update ? 'action.update' : `action.${action.action}`)} {action.locale?.toUpperCase()} ·{' '}
            {formatInZone(action.dueAt, action.zone ?? meta.zone, formatLocale)}
          </Typography>
          {remove.canDelete && (
            <Button size="S" variant="danger-light" onClick={() => cancel(action.id)}>
              {t('common.cancel')}
            </Button>
          )}
        </Flex>
      ))}
      {create.canCreate && (
        <Box paddingTop={2}>
          <ScheduleForm documentId={data.documentId} locale={locale} zone={meta.zone} />
        </Box>
      )}
    </Flex>
  );
}

/** The edited locale: the document's, else the one in the URL (the create screen), else the app's first. */
export const editedLocale = (document: any) =>
  document?.locale ?? new URLSearchParams(window.location.search).get('plugins[i18n][locale]') ?? 'en';

/** The Newsroom panel of the article edit view (Content Manager side-panel extension point). */
export const ArticlePanel = ({
  model,
  documentId,
  document,
}: {
  model: string;
  documentId?: string;
  document?: any;
}) => {
  const { formatMessage } = useIntl();
  if (model !== ARTICLE_UID) return null;
  const locale = editedLocale(document);
  return {
    title: formatMessage({ id: trad('plugin.name'), defaultMessage: 'Newsroom' }),
    content: documentId ? (
      <PanelContent key={`${documentId}:${locale}`} documentId={documentId} locale={locale} />
    ) : (
      <CreateHint locale={locale} />
    ),
  };
};
