import * as React from 'react';
import { Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { ScheduledAction } from '../../../shared/contracts/schedule';
import { errorMessage, useNewsroomApi } from '../api';
import { dayInZone, formatInZone, useT } from '../i18n';
import { PERMISSIONS } from '../pluginId';

const DAY = 24 * 3600 * 1000;

/** Groups actions by their calendar day in the newsroom's zone, in due order. */
export function byDay(actions: ScheduledAction[], zone: string): [string, ScheduledAction[]][] {
  const days = new Map<string, ScheduledAction[]>();
  for (const action of actions) {
    const day = dayInZone(action.dueAt, zone);
    days.set(day, [...(days.get(day) ?? []), action]);
  }
  return [...days.entries()];
}

function ActionRow({ action, zone, reload }: { action: ScheduledAction; zone: string; reload: () => void }) {
  const t = useT();
  const { locale } = useIntl();
  const api = useNewsroomApi();
  const { toggleNotification } = useNotification();
  const { allowedActions: create } = useRBAC(PERMISSIONS.scheduleCreate as any);
  const { allowedActions: remove } = useRBAC(PERMISSIONS.scheduleDelete as any);
  const failed = action.status === 'failed';
  const late = action.latenessMs !== null ? Math.round(Number(action.latenessMs) / 1000) : null;

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      toggleNotification({ type: 'success', message: t(done) });
      reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };
  // A failed action cannot be rescheduled: retrying schedules a new one, now.
  const retry = () =>
    api.schedule({
      targetType: action.targetType,
      documentId: action.documentId,
      locale: action.locale ?? undefined,
      action: action.action,
      at: 'now',
      force: true,
    });

  return (
    <Flex
      gap={3}
      padding={3}
      hasRadius
      background={failed ? 'danger100' : 'neutral0'}
      borderColor={failed ? 'danger600' : 'neutral150'}
      borderStyle="solid"
      borderWidth="1px"
      data-action={action.id}
      data-status={action.status}
    >
      <Box minWidth="5rem">
        <Typography fontWeight="bold">{formatInZone(action.dueAt, zone, locale, false)}</Typography>
      </Box>
      <Box flex="1">
        <Typography>
          {t(`action.${action.action}`)} · {action.title ?? action.documentId}
          {action.locale ? ` (${action.locale.toUpperCase()})` : ''}
          {action.partNumber ? ` · ${t('board.partNumber', { number: action.partNumber })}` : ''}
        </Typography>
        {failed && action.lastError && (
          <Typography tag="p" textColor="danger700" variant="pi">
            {action.lastError}
          </Typography>
        )}
      </Box>
      <Typography variant="pi" textColor={failed ? 'danger700' : 'neutral600'}>
        {t(`status.${action.status}`)}
        {late !== null && action.status === 'done' ? ` · ${t('schedule.lateness', { seconds: late })}` : ''}
      </Typography>
      {failed && create.canCreate && (
        <Button size="S" variant="secondary" onClick={() => run(retry, 'schedule.retried')}>
          {t('schedule.retry')}
        </Button>
      )}
      {action.status === 'pending' && remove.canDelete && (
        <Button
          size="S"
          variant="danger-light"
          onClick={() => run(() => api.cancel(action.id), 'schedule.cancelled')}
        >
          {t('common.cancel')}
        </Button>
      )}
    </Flex>
  );
}

function Section({
  title,
  actions,
  zone,
  reload,
}: {
  title: string;
  actions: ScheduledAction[];
  zone: string;
  reload: () => void;
}) {
  const t = useT();
  const { locale } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {actions.length === 0 && <Typography textColor="neutral600">{t('schedule.none')}</Typography>}
      {byDay(actions, zone).map(([day, list]) => (
        <Flex key={day} direction="column" alignItems="stretch" gap={2}>
          <Typography variant="sigma" textColor="neutral600">
            {new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: zone }).format(
              new Date(list[0].dueAt),
            )}
          </Typography>
          {list.map((action) => (
            <ActionRow key={action.id} action={action} zone={zone} reload={reload} />
          ))}
        </Flex>
      ))}
    </Flex>
  );
}

/** Upcoming actions by day in the newsroom's zone; the last week's with lateness; failures first. */
export function ScheduleCalendar({ zone }: { zone: string }) {
  const t = useT();
  const api = useNewsroomApi();
  const [data, setData] = React.useState<{ upcoming: ScheduledAction[]; recent: ScheduledAction[] } | null>(
    null,
  );
  const [error, setError] = React.useState<string | null>(null);

  const load = React.useCallback(async () => {
    try {
      const now = Date.now();
      const [upcoming, recent] = await Promise.all([
        api.actions({ status: 'pending,running', pageSize: 200 }),
        api.actions({
          status: 'done,failed,cancelled',
          from: new Date(now - 7 * DAY).toISOString(),
          pageSize: 200,
        }),
      ]);
      const failedFirst = [...recent.data].sort(
        (a, b) =>
          Number(b.status === 'failed') - Number(a.status === 'failed') || b.dueAt.localeCompare(a.dueAt),
      );
      setData({ upcoming: upcoming.data, recent: failedFirst });
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  React.useEffect(() => {
    load();
  }, [load]);

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!data) return <Loader>{t('common.loading')}</Loader>;
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Typography variant="pi" textColor="neutral600">
        {t('schedule.zone', { zone })}
      </Typography>
      <Section title={t('schedule.upcoming')} actions={data.upcoming} zone={zone} reload={load} />
      <Section title={t('schedule.recent')} actions={data.recent} zone={zone} reload={load} />
    </Flex>
  );
}
