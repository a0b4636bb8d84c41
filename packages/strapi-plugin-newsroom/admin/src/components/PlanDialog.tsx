import * as React from 'react';
import {
  Button,
  Checkbox,
  Field,
  Flex,
  Modal,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
} from '@strapi/design-system';
import type { BoardSeries } from '../../../shared/contracts/board';
import { usePlanMutation } from '../api';
import { useAttempt } from './useAttempt';
import { useT } from '../i18n';
import { ZonePicker } from './ZonePicker';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

interface Props {
  series: BoardSeries;
  zone: string;
  locale: string;
}

/** "The remaining parts, one every Thursday at 16:49, starting next week": the release-plan call. */
export function PlanDialog({ series, zone, locale }: Props) {
  const t = useT();
  const [plan, { isLoading }] = usePlanMutation();
  const attempt = useAttempt();
  const [open, setOpen] = React.useState(false);
  const [weekday, setWeekday] = React.useState('thursday');
  const [time, setTime] = React.useState('16:49');
  const [where, setWhere] = React.useState(zone);
  const [start, setStart] = React.useState<'next-week' | 'date'>('next-week');
  const [date, setDate] = React.useState('');
  const [every, setEvery] = React.useState<number | undefined>(1);
  const [force, setForce] = React.useState(false);
  const [bundles, setBundles] = React.useState(false);

  const submit = async () => {
    const result = await attempt(
      () =>
        plan({
          seriesDocumentId: series.documentId,
          locale,
          weekday,
          time,
          zone: where,
          startingFrom: start === 'date' ? date : 'next-week',
          every: every ?? 1,
          force,
          ...(bundles ? { bundles: true, locales: 'all' as const } : {}),
        }).unwrap(),
      (done) =>
        done.meta.bundles.length
          ? t('plan.doneBundles', { count: done.meta.bundles.length })
          : t('plan.done', { count: done.data.length }),
    );
    if (result) setOpen(false);
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
            <Field.Root name="time">
              <Field.Label>{t('plan.time')}</Field.Label>
              <TextInput
                type="time"
                value={time}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTime(e.target.value)}
              />
            </Field.Root>
            <ZonePicker value={where} onChange={setWhere} newsroomZone={zone} size="M" />
            <Field.Root name="startingFrom">
              <Field.Label>{t('plan.startingFrom')}</Field.Label>
              <SingleSelect
                value={start}
                onChange={(value: string | number) => setStart(value as 'next-week')}
              >
                <SingleSelectOption value="next-week">{t('plan.nextWeek')}</SingleSelectOption>
                <SingleSelectOption value="date">{t('plan.onDate')}</SingleSelectOption>
              </SingleSelect>
            </Field.Root>
            {start === 'date' && (
              <Field.Root name="startingDate" hint={t('plan.startingDateHint')}>
                <Field.Label>{t('plan.startingDate')}</Field.Label>
                <TextInput
                  type="date"
                  value={date}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDate(e.target.value)}
                />
                <Field.Hint />
              </Field.Root>
            )}
            <Field.Root name="every">
              <Field.Label>{t('plan.every')}</Field.Label>
              <NumberInput value={every} onValueChange={(value?: number) => setEvery(value)} />
            </Field.Root>
            <Checkbox
              checked={bundles}
              onCheckedChange={(value: boolean | 'indeterminate') => setBundles(value === true)}
            >
              {t('plan.bundles')}
            </Checkbox>
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
          <Button onClick={submit} loading={isLoading}>
            {t('plan.submit')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
