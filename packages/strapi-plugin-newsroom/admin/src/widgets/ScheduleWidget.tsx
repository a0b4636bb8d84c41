import { Box, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';
import type { CalendarItem } from '../../../shared/contracts/calendar';
import { errorMessage, useCalendarSummaryQuery } from '../api';
import { STATUS_COLOURS } from '../components/calendar/status';
import { formatInZone, useFormatLocale, useT } from '../i18n';
import { editUrl } from '../pluginId';

function Row({ item, zone }: { item: CalendarItem; zone: string }) {
  const t = useT();
  const locale = useFormatLocale();
  return (
    <Flex gap={2} alignItems="stretch" data-widget-item={item.id} data-status={item.status}>
      <Box style={{ width: 4, background: STATUS_COLOURS[item.status].line, borderRadius: 2 }} />
      <Flex direction="column" alignItems="flex-start">
        <Link tag={RouterLink} to={editUrl(item.targetType, item.documentId, item.locale ?? '')}>
          {`${t(item.update ? 'action.update' : `action.${item.action}`)}: ${item.title ?? item.documentId}${
            item.locale ? ` (${item.locale.toUpperCase()})` : ''
          }`}
        </Link>
        <Typography variant="pi" textColor="neutral600">
          {`${formatInZone(item.at, zone, locale)} · ${t(`calendarStatus.${item.status}`)}`}
          {item.lastError ? ` · ${item.lastError}` : ''}
        </Typography>
      </Flex>
    </Flex>
  );
}

/**
 * The homepage widget: what was missed or failed (statuses decided on the
 * server's clock, as on the calendar) and what goes out next.
 */
export function ScheduleWidget() {
  const t = useT();
  const { data, error } = useCalendarSummaryQuery(undefined, { pollingInterval: 30_000 });
  if (error) return <Typography textColor="danger600">{errorMessage(error)}</Typography>;
  if (!data) return <Loader small>{t('common.loading')}</Loader>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-newsroom-widget>
      <Flex direction="column" alignItems="stretch" gap={2} data-widget-problems>
        <Typography variant="sigma" textColor="danger600" tag="h3">
          {t('widget.problems', { count: data.problems.length })}
        </Typography>
        {data.problems.length === 0 && (
          <Typography textColor="neutral600">{t('widget.noProblems')}</Typography>
        )}
        {data.problems.map((item) => (
          <Row key={item.id} item={item} zone={data.zone} />
        ))}
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={2} data-widget-next>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('widget.upNext')}
        </Typography>
        {data.next.length === 0 && <Typography textColor="neutral600">{t('schedule.none')}</Typography>}
        {data.next.map((item) => (
          <Row key={item.id} item={item} zone={data.zone} />
        ))}
      </Flex>
    </Flex>
  );
}

export default ScheduleWidget;
