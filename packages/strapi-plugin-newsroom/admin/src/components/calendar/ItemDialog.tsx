import * as React from 'react';
import { Button, Field, Flex, Link, Modal, TextInput, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';
import type { CalendarItem } from '../../../../shared/contracts/calendar';
import { useCancelMutation, useRescheduleMutation, useScheduleMutation } from '../../api';
import { formatInZone, useFormatLocale, useT } from '../../i18n';
import { editUrl, PERMISSIONS } from '../../pluginId';
import { useAttempt } from '../useAttempt';
import { ZonePicker } from '../ZonePicker';
import { STATUS_COLOURS } from './status';

/** An item's details: open the document, reschedule or cancel a pending action, retry a failed one. */
export function ItemDialog({
  item,
  zone,
  onClose,
}: {
  item: CalendarItem;
  zone: string;
  onClose: () => void;
}) {
  const t = useT();
  const locale = useFormatLocale();
  const attempt = useAttempt();
  const { allowedActions: create } = useRBAC(PERMISSIONS.scheduleCreate as any);
  const { allowedActions: remove } = useRBAC(PERMISSIONS.scheduleDelete as any);
  const [reschedule] = useRescheduleMutation();
  const [cancel] = useCancelMutation();
  const [schedule] = useScheduleMutation();
  // Rendered with key={item.id}: each opened item starts from its own wall-clock time.
  const [day, clock] = (item.wallClock ?? 'T').split('T');
  const [date, setDate] = React.useState(day);
  const [time, setTime] = React.useState(clock);
  const [where, setWhere] = React.useState(item.zone ?? zone);

  const run = async (work: () => Promise<unknown>, done: string) => {
    const ok = await attempt(async () => {
      await work();
      return true;
    }, t(done));
    if (ok) onClose();
  };
  const pending = item.kind === 'action' && (item.status === 'pending' || item.status === 'late');
  const what =
    item.kind === 'publication'
      ? t('calendar.published')
      : t(item.update ? 'action.update' : `action.${item.action}`);

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{`${what}: ${item.title ?? item.documentId}`}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={3} data-item-dialog={item.id}>
            <Typography style={{ color: STATUS_COLOURS[item.status].line }} fontWeight="bold">
              {t(`calendarStatus.${item.status}`)}
            </Typography>
            <Typography>
              {formatInZone(item.at, zone, locale)} ({zone})
              {item.locale ? ` · ${item.locale.toUpperCase()}` : ''}
              {item.series ? ` · ${item.series.title ?? t('board.hiddenTitle')}` : ''}
              {item.partNumber ? ` · ${t('board.partNumber', { number: item.partNumber })}` : ''}
            </Typography>
            {item.ranAt && (
              <Typography data-ran-by={item.ranBy ?? ''}>
                {t('calendar.ran', {
                  at: formatInZone(item.ranAt, zone, locale),
                  instance: item.ranBy ?? '?',
                  lateness: ((item.latenessMs ?? 0) / 1000).toFixed(1),
                })}
              </Typography>
            )}
            {item.lastError && <Typography textColor="danger700">{item.lastError}</Typography>}
            <Link tag={RouterLink} to={editUrl(item.targetType, item.documentId, item.locale ?? '')}>
              {t('calendar.openDocument')}
            </Link>
            {pending && create.canCreate && (
              <Flex gap={2} alignItems="flex-end" wrap="wrap">
                <Field.Root name="calendar-date">
                  <Field.Label>{t('schedule.date')}</Field.Label>
                  <TextInput type="date" value={date} onChange={(e: any) => setDate(e.target.value)} />
                </Field.Root>
                <Field.Root name="calendar-time">
                  <Field.Label>{t('schedule.time')}</Field.Label>
                  <TextInput type="time" value={time} onChange={(e: any) => setTime(e.target.value)} />
                </Field.Root>
                <ZonePicker value={where} onChange={setWhere} newsroomZone={zone} size="M" />
                <Button
                  variant="secondary"
                  onClick={() =>
                    run(
                      () => reschedule({ id: item.id, date, time, zone: where }).unwrap(),
                      'calendar.rescheduled',
                    )
                  }
                >
                  {t('calendar.reschedule')}
                </Button>
              </Flex>
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('common.close')}</Button>
          </Modal.Close>
          {item.status === 'failed' && create.canCreate && (
            <Button
              variant="secondary"
              onClick={() =>
                run(
                  () =>
                    schedule({
                      targetType: item.targetType,
                      documentId: item.documentId,
                      locale: item.locale ?? undefined,
                      action: item.action,
                      at: 'now',
                      force: true,
                    }).unwrap(),
                  'schedule.retried',
                )
              }
            >
              {t('schedule.retry')}
            </Button>
          )}
          {pending && remove.canDelete && (
            <Button
              variant="danger-light"
              onClick={() => run(() => cancel(item.id).unwrap(), 'schedule.cancelled')}
            >
              {t('calendar.cancelAction')}
            </Button>
          )}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
