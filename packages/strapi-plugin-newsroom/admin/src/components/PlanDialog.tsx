import * as React from 'react';
import {
  Button,
  Checkbox,
  Field,
  Flex,
  Modal,
  SingleSelect,
  SingleSelectOption,
  TextInput,
} from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import type { BoardSeries } from '../../../shared/contracts/board';
import { errorMessage, useNewsroomApi } from '../api';
import { useT } from '../i18n';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

interface Props {
  series: BoardSeries;
  zone: string;
  locale: string;
  onPlanned: () => void;
}

/** "The remaining parts, one every Thursday at 16:49, starting next week": the release-plan call. */
export function PlanDialog({ series, zone, locale, onPlanned }: Props) {
  const t = useT();
  const api = useNewsroomApi();
  const { toggleNotification } = useNotification();
  const [open, setOpen] = React.useState(false);
  const [weekday, setWeekday] = React.useState('thursday');
  const [time, setTime] = React.useState('16:49');
  const [startingFrom, setStartingFrom] = React.useState('next-week');
  const [every, setEvery] = React.useState('1');
  const [force, setForce] = React.useState(false);
  const [busy, setBusy] = React.useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      const result = await api.plan({
        seriesDocumentId: series.documentId,
        locale,
        weekday,
        time,
        zone,
        startingFrom: startingFrom || 'next-week',
        every: Number(every) || 1,
        force,
      });
      toggleNotification({ type: 'success', message: t('plan.done', { count: result.data.length }) });
      setOpen(false);
      onPlanned();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button variant="secondary" size="S">
          {t('plan.open')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('plan.title', { series: series.title ?? t('board.hiddenTitle') })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Field.Root name="weekday">
              <Field.Label>{t('plan.weekday')}</Field.Label>
              <SingleSelect value={weekday} onChange={(value: string | number) => setWeekday(String(value))}>
                {WEEKDAYS.map((day) => (
                  <SingleSelectOption key={day} value={day}>
                    {t(`weekday.${day}`)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root name="time" hint={t('plan.zoneHint', { zone })}>
              <Field.Label>{t('plan.time')}</Field.Label>
              <TextInput
                type="time"
                value={time}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTime(e.target.value)}
              />
              <Field.Hint />
            </Field.Root>
            <Field.Root name="startingFrom" hint={t('plan.startingFromHint')}>
              <Field.Label>{t('plan.startingFrom')}</Field.Label>
              <TextInput
                value={startingFrom}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setStartingFrom(e.target.value)}
              />
              <Field.Hint />
            </Field.Root>
            <Field.Root name="every">
              <Field.Label>{t('plan.every')}</Field.Label>
              <TextInput
                type="number"
                min={1}
                value={every}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEvery(e.target.value)}
              />
            </Field.Root>
            <Checkbox
              checked={force}
              onCheckedChange={(value: boolean | 'indeterminate') => setForce(value === true)}
            >
              {t('schedule.force')}
            </Checkbox>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('common.cancel')}</Button>
          </Modal.Close>
          <Button onClick={submit} loading={busy}>
            {t('plan.submit')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
