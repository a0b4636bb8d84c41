import * as React from 'react';
import { Box, Button, Divider, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { Duplicate, File } from '@strapi/icons';
import { useClipboard, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import type { GetArticleContext, PartLink } from '../../../shared/contracts/board';
import { errorMessage, useNewsroomApi } from '../api';
import { LocaleChips } from '../components/LocaleChips';
import { formatInZone, trad, useT } from '../i18n';
import { ARTICLE_UID, editUrl, PERMISSIONS } from '../pluginId';
import { ScheduleForm } from './ScheduleForm';

const Heading = ({ children }: { children: React.ReactNode }) => (
  <Typography variant="sigma" textColor="neutral600" tag="h3">
    {children}
  </Typography>
);

function PanelContent({ documentId, locale }: { documentId: string; locale: string }) {
  const t = useT();
  const { locale: uiLocale } = useIntl();
  const api = useNewsroomApi();
  const { toggleNotification } = useNotification();
  const { copy } = useClipboard();
  const { allowedActions: create } = useRBAC(PERMISSIONS.scheduleCreate as any);
  const { allowedActions: remove } = useRBAC(PERMISSIONS.scheduleDelete as any);
  const [context, setContext] = React.useState<GetArticleContext.Response | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const load = React.useCallback(() => {
    api.article(documentId, locale).then(setContext, (e) => setError(errorMessage(e)));
  }, [documentId, locale]);
  React.useEffect(load, [load]);

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!context) return <Loader small>{t('common.loading')}</Loader>;
  const { data, meta } = context;
  const partLink = (label: string, part: PartLink | null) =>
    part && (
      <Link tag={RouterLink} to={editUrl(ARTICLE_UID, part.documentId, locale)}>
        {t(label, { number: part.number, title: part.title ?? t('board.hiddenTitle') })}
      </Link>
    );
  const cancel = async (id: string) => {
    try {
      await api.cancel(id);
      toggleNotification({ type: 'success', message: t('schedule.cancelled') });
      load();
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    }
  };
  const copyPermalink = async (url: string) => {
    const ok = await copy(url);
    toggleNotification({
      type: ok ? 'success' : 'warning',
      message: t(ok ? 'panel.copied' : 'panel.copyFailed'),
    });
  };
  const backend = (window as any).strapi?.backendURL ?? '';

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-newsroom-panel>
      {data.series ? (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography fontWeight="bold" data-position>
            {data.position?.total
              ? t('panel.partOf', { number: data.position.number, total: data.position.total })
              : t('panel.part', { number: data.position?.number ?? '?' })}
          </Typography>
          <Typography variant="pi">{data.series.title ?? t('board.hiddenTitle')}</Typography>
          {partLink('panel.previous', data.previous)}
          {partLink('panel.next', data.next)}
          {data.planned.map((plan) => (
            <Typography key={plan.number} variant="pi" textColor="neutral600">
              {t('panel.planned', { number: plan.number, title: plan.workingTitle ?? plan.topic ?? '…' })}
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
      <Heading>{t('panel.permalink')}</Heading>
      {data.permalink?.url ? (
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography variant="pi" data-permalink>
            {data.permalink.url}
          </Typography>
          <Flex gap={2}>
            <Button
              size="S"
              variant="tertiary"
              startIcon={<Duplicate />}
              onClick={() => copyPermalink(data.permalink!.url!)}
            >
              {t('panel.copy')}
            </Button>
            {data.permalink.printUrl && (
              <Link href={`${backend}${data.permalink.printUrl}`} isExternal startIcon={<File />}>
                {t('panel.print')}
              </Link>
            )}
          </Flex>
        </Flex>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.noPermalink')}
        </Typography>
      )}
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
            {t(`action.${action.action}`)} {action.locale?.toUpperCase()} ·{' '}
            {formatInZone(action.dueAt, action.zone ?? meta.zone, uiLocale)}
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
          <ScheduleForm documentId={data.documentId} locale={locale} zone={meta.zone} onScheduled={load} />
        </Box>
      )}
    </Flex>
  );
}

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
  if (model !== ARTICLE_UID || !documentId) return null;
  const locale =
    document?.locale ?? new URLSearchParams(window.location.search).get('plugins[i18n][locale]') ?? 'en';
  return {
    title: formatMessage({ id: trad('plugin.name'), defaultMessage: 'Newsroom' }),
    content: <PanelContent key={`${documentId}:${locale}`} documentId={documentId} locale={locale} />,
  };
};
