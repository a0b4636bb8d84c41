import * as React from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';
import type { BoardSettings } from '../../../shared/contracts/board';
import { CALENDAR_STATUSES, type CalendarItem, type CalendarView } from '../../../shared/contracts/calendar';
import { errorMessage, useCalendarQuery, useMoveMutation } from '../api';
import { FeedDialog } from '../components/calendar/FeedDialog';
import { MonthGrid, WeekGrid } from '../components/calendar/Grids';
import { ItemDialog } from '../components/calendar/ItemDialog';
import { shiftDay, STATUS_COLOURS } from '../components/calendar/status';
import { useAttempt } from '../components/useAttempt';
import { dayInZone, useT } from '../i18n';
import { PERMISSIONS } from '../pluginId';

const ALL = '';

function Filter({
  name,
  label,
  value,
  onChange,
  options,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  const t = useT();
  return (
    <Field.Root name={name} minWidth="11rem">
      <Field.Label>{label}</Field.Label>
      <SingleSelect size="S" value={value} onChange={(next: string | number) => onChange(String(next))}>
        <SingleSelectOption value={ALL}>{t('calendar.all')}</SingleSelectOption>
        {options.map((option) => (
          <SingleSelectOption key={option.value} value={option.value}>
            {option.label}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
}

/**
 * The editorial calendar: month and week grids in the newsroom's zone,
 * filters, drag a pending action to another day (month) or hour (week) to
 * reschedule it; the schedule API's refusal (a DST gap, a past time) is shown
 * as it is. Refreshes every 30 s, so late and done items change colour.
 */
export function Calendar({ settings }: { settings: BoardSettings }) {
  const t = useT();
  const attempt = useAttempt();
  const { allowedActions: create } = useRBAC(PERMISSIONS.scheduleCreate as any);
  const today = dayInZone(new Date().toISOString(), settings.zone);
  const [search] = useSearchParams();
  const [view, setView] = React.useState<CalendarView>(search.get('view') === 'week' ? 'week' : 'month');
  const [date, setDate] = React.useState(
    /^\d{4}-\d{2}-\d{2}$/.test(search.get('date') ?? '') ? search.get('date')! : today,
  );
  const [filters, setFilters] = React.useState({ series: ALL, channel: ALL, locale: ALL, status: ALL });
  const [selected, setSelected] = React.useState<CalendarItem | null>(null);
  const params = Object.fromEntries(
    Object.entries({ view, date, ...filters }).filter(([, value]) => value !== ALL),
  );
  const { data, error, isFetching } = useCalendarQuery(params, { pollingInterval: 30_000 });
  const [move] = useMoveMutation();
  const set = (key: keyof typeof filters) => (value: string) => setFilters({ ...filters, [key]: value });

  const onDrop = (id: string, target: { date: string; slot?: string }) =>
    attempt(() => move({ id, ...target }).unwrap(), t('calendar.moved'));

  if (error) return <Typography textColor="danger600">{errorMessage(error)}</Typography>;
  if (!data) return <Loader>{t('common.loading')}</Loader>;
  const grid = {
    days: data.data.days,
    items: data.data.items,
    zone: data.data.zone,
    canMove: Boolean(create.canCreate),
    onOpen: setSelected,
    onDrop,
    today,
  };
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-calendar>
      <Flex justifyContent="space-between" alignItems="center" gap={4} wrap="wrap">
        <Flex gap={2} alignItems="center">
          <Button
            variant="tertiary"
            onClick={() => setDate(shiftDay(date, view, -1))}
            aria-label={t('calendar.previous')}
          >
            <ChevronLeft />
          </Button>
          <Button variant="tertiary" onClick={() => setDate(today)}>
            {t('calendar.today')}
          </Button>
          <Button
            variant="tertiary"
            onClick={() => setDate(shiftDay(date, view, 1))}
            aria-label={t('calendar.next')}
          >
            <ChevronRight />
          </Button>
          <Typography variant="beta" tag="h2" data-calendar-title>
            {data.data.title}
          </Typography>
          {isFetching && <Loader small>{t('common.loading')}</Loader>}
        </Flex>
        <Flex gap={2}>
          <Button variant={view === 'month' ? 'default' : 'tertiary'} onClick={() => setView('month')}>
            {t('calendar.month')}
          </Button>
          <Button variant={view === 'week' ? 'default' : 'tertiary'} onClick={() => setView('week')}>
            {t('calendar.week')}
          </Button>
          <FeedDialog zone={settings.zone} />
        </Flex>
      </Flex>
      <Flex gap={3} paddingTop={4} paddingBottom={4} wrap="wrap" alignItems="flex-end">
        <Filter
          name="series"
          label={t('calendar.series')}
          value={filters.series}
          onChange={set('series')}
          options={data.meta.series}
        />
        <Filter
          name="channel"
          label={t('calendar.channel')}
          value={filters.channel}
          onChange={set('channel')}
          options={data.meta.channels}
        />
        <Filter
          name="locale"
          label={t('calendar.locale')}
          value={filters.locale}
          onChange={set('locale')}
          options={data.meta.locales.map((code) => ({ value: code, label: code.toUpperCase() }))}
        />
        <Filter
          name="status"
          label={t('calendar.status')}
          value={filters.status}
          onChange={set('status')}
          options={CALENDAR_STATUSES.map((status) => ({
            value: status,
            label: t(`calendarStatus.${status}`),
          }))}
        />
        <Flex gap={3} paddingBottom={2} data-legend>
          {CALENDAR_STATUSES.map((status) => (
            <Typography key={status} variant="pi" style={{ color: STATUS_COLOURS[status].line }}>
              ● {t(`calendarStatus.${status}`)}
            </Typography>
          ))}
        </Flex>
      </Flex>
      <Typography variant="omega" textColor="neutral600" tag="p" paddingBottom={3}>
        {t('schedule.zone', { zone: data.data.zone })}
        {create.canCreate ? ` · ${t('calendar.dragHint')}` : ''}
      </Typography>
      {view === 'month' ? <MonthGrid {...grid} /> : <WeekGrid {...grid} />}
      {data.data.items.length === 0 && (
        <Typography textColor="neutral600" tag="p" paddingTop={3}>
          {t('calendar.empty')}
        </Typography>
      )}
      {selected && (
        <ItemDialog
          key={selected.id}
          item={selected}
          zone={data.data.zone}
          onClose={() => setSelected(null)}
        />
      )}
    </Box>
  );
}
