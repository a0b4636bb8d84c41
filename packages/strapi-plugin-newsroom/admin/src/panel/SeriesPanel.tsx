import { Divider, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { useBoardQuery } from '../api';
import { LocaleChips } from '../components/LocaleChips';
import { trad, useT } from '../i18n';
import { ARTICLE_UID, editUrl, PLUGIN_ID, SERIES_UID } from '../pluginId';
import { editedLocale, Heading } from './ArticlePanel';
import { ShareLinks } from './ShareLinks';

/**
 * The series edit view's panel: the parts in their order (set on the
 * Newsroom board, not here), the preview "as it will look" on the day of its
 * next scheduled part, share links.
 */
function SeriesContent({ documentId, locale }: { documentId: string; locale: string }) {
  const t = useT();
  const { data: board } = useBoardQuery({ locale });
  if (!board) return <Loader small>{t('common.loading')}</Loader>;
  const series = board.data.find((s) => s.documentId === documentId);
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-newsroom-series-panel>
      <Heading>{t('series.parts')}</Heading>
      {series?.parts.map((part) => (
        <Flex
          key={part.documentId}
          direction="column"
          alignItems="flex-start"
          gap={1}
          data-series-part={part.number}
        >
          <Link tag={RouterLink} to={editUrl(ARTICLE_UID, part.documentId, locale)}>
            {t('panel.partTitle', { number: part.number, title: part.title })}
          </Link>
          <LocaleChips id={part.documentId} chips={part.locales} zone={board.meta.zone} />
        </Flex>
      ))}
      {series?.planned.map((plan) => (
        <Typography key={plan.number} variant="pi" textColor="neutral600">
          {t('panel.planned', { number: plan.number, title: plan.workingTitle ?? plan.topic ?? '…' })}
        </Typography>
      ))}
      <Link tag={RouterLink} to={`/plugins/${PLUGIN_ID}`}>
        {t('series.reorderOnBoard')}
      </Link>
      <Divider />
      <Heading>{t('panel.preview')}</Heading>
      <Typography variant="pi" textColor="neutral600">
        {t('series.previewHint')}
      </Typography>
      <ShareLinks target={{ targetType: SERIES_UID, documentId, locale }} zone={board.meta.zone} />
    </Flex>
  );
}

export const SeriesPanel = ({
  model,
  documentId,
  document,
}: {
  model: string;
  documentId?: string;
  document?: any;
}) => {
  const { formatMessage } = useIntl();
  if (model !== SERIES_UID || !documentId) return null;
  const locale = editedLocale(document);
  return {
    title: formatMessage({ id: trad('plugin.name'), defaultMessage: 'Newsroom' }),
    content: <SeriesContent key={`${documentId}:${locale}`} documentId={documentId} locale={locale} />,
  };
};
