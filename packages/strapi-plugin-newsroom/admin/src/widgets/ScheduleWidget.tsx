import * as React from 'react';
import { Box, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';
import { LATE_AFTER_MS } from '../../../shared/contracts/calendar';
import type { ScheduledAction } from '../../../shared/contracts/schedule';
import { errorMessage, useActionsQuery, useSettingsQuery } from '../api';
import { STATUS_COLOURS } from '../components/calendar/status';
import { formatInZone, useFormatLocale, useT } from '../i18n';
import { editUrl } from '../pluginId';

function Row({ action, zone, colour }: { action: ScheduledAction; zone: string; colour: string }) {
  const t = useT();
  const locale = useFormatLocale();
  return (
    <Flex gap={2} alignItems="flex-start" data-widget-action={action.id} data-status={action.status}>
      <Box style={{ width: 4, alignSelf: 'stretch', background: colour, borderRadius: 2 }} />
      <Flex direction="column" alignItems="flex-start">
        <Link tag={RouterLink} to={editUrl(action.targetType, action.documentId, action.locale ?? '')}>
          {`${t(`action.${action.action}`)}: ${action.title ?? action.documentId}${action.locale ? ` (${action.locale.toUpperCase()})` : ''}`}
        </Link>
        <Typography variant="pi" textColor="neutral600">
          {formatInZone(action.dueAt, zone, locale)}
          {action.lastError ? ` · ${action.lastError}` : ''}
        </Typography>
      </Flex>
    </Flex>
  );
}

/** The homepage widget: what goes out next, and what was missed or failed, with a link to the calendar. */
export function ScheduleWidget() {
  const t = useT();
  const { data: settings } = useSettingsQuery();
  // Fixed when the widget mounts, so the query's argument (and its cache entry) stays the same.
  const [weekAgo] = React.useState(() => new Date(Date.now() - 7 * 86_400_000).toISOString());
  const poll = { pollingInterval: 30_000 };
  const upcoming = useActionsQuery({ status: 'pending,running', pageSize: 20 }, poll);
  const failed = useActionsQuery({ status: 'failed', from: weekAgo, pageSize: 20 }, poll);
  const error = upcoming.error ?? failed.error;
  if (error) return <Typography textColor="danger600">{errorMessage(error)}</Typography>;
  if (!settings || !upcoming.data || !failed.data) return <Loader small>{t('common.loading')}</Loader>;
  const now = Date.now();
  const late = upcoming.data.data.filter((a) => now - Date.parse(a.dueAt) > LATE_AFTER_MS);
  const next = upcoming.data.data.filter((a) => !late.includes(a)).slice(0, 5);
  const problems = [...late, ...failed.data.data];
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-newsroom-widget>
      <Flex direction="column" alignItems="stretch" gap={2} data-widget-late>
        <Typography variant="sigma" textColor="danger600" tag="h3">
          {t('widget.problems', { count: problems.length })}
        </Typography>
        {problems.length === 0 && <Typography textColor="neutral600">{t('widget.noProblems')}</Typography>}
        {problems.map((action) => (
          <Row
            key={action.id}
            action={action}
            zone={settings.zone}
            colour={STATUS_COLOURS[action.status === 'failed' ? 'failed' : 'late'].line}
          />
        ))}
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={2} data-widget-next>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('widget.upNext')}
        </Typography>
        {next.length === 0 && <Typography textColor="neutral600">{t('schedule.none')}</Typography>}
        {next.map((action) => (
          <Row key={action.id} action={action} zone={settings.zone} colour={STATUS_COLOURS.pending.line} />
        ))}
      </Flex>
    </Flex>
  );
}

export default ScheduleWidget;
