import * as React from 'react';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import type { Bundle } from '../../../../shared/contracts/bundles';
import { useUpdateBundleMutation } from '../../api';
import { useT } from '../../i18n';
import { useAttempt } from '../useAttempt';
import { ZonePicker } from '../ZonePicker';

const value = (set: (v: string) => void) => (e: React.ChangeEvent<HTMLInputElement>) => set(e.target.value);

/** Rename a pending bundle, or move it to another wall-clock time (its entries move with it). */
export function EditBundle({ bundle, zone }: { bundle: Bundle; zone: string }) {
  const t = useT();
  const attempt = useAttempt();
  const [update, { isLoading }] = useUpdateBundleMutation();
  const [day, clock] = (bundle.wallClock ?? 'T').split('T');
  const [name, setName] = React.useState(bundle.name);
  const [date, setDate] = React.useState(day);
  const [time, setTime] = React.useState(clock.slice(0, 5));
  const [where, setWhere] = React.useState(bundle.zone ?? zone);
  // A new answer (after a save, or a poll) resets the form to what is stored.
  React.useEffect(() => {
    setName(bundle.name);
    const [d, c] = (bundle.wallClock ?? 'T').split('T');
    setDate(d);
    setTime(c.slice(0, 5));
    setWhere(bundle.zone ?? zone);
  }, [bundle.name, bundle.wallClock, bundle.zone, zone]);

  const rename = () =>
    attempt(() => update({ id: bundle.id, name: name.trim() }).unwrap(), t('bundles.renamed'));
  const reschedule = () =>
    attempt(() => update({ id: bundle.id, date, time, zone: where }).unwrap(), t('bundles.rescheduled'));

  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-edit-bundle>
      <Typography variant="delta" tag="h3">
        {t('bundles.nameAndTime')}
      </Typography>
      <Flex gap={2} alignItems="flex-end" wrap="wrap">
        <Field.Root name="bundle-rename" minWidth="24rem">
          <Field.Label>{t('bundles.name')}</Field.Label>
          <TextInput value={name} onChange={value(setName)} />
        </Field.Root>
        <Button
          variant="secondary"
          size="L"
          onClick={rename}
          loading={isLoading}
          disabled={name === bundle.name}
        >
          {t('bundles.rename')}
        </Button>
      </Flex>
      {/* Aligned at the top: the zone picker's hint under it would push the button down. */}
      <Flex gap={2} alignItems="flex-start" wrap="wrap">
        <Field.Root name="bundle-reschedule-date">
          <Field.Label>{t('schedule.date')}</Field.Label>
          <TextInput type="date" value={date} onChange={value(setDate)} />
        </Field.Root>
        <Field.Root name="bundle-reschedule-time">
          <Field.Label>{t('schedule.time')}</Field.Label>
          <TextInput type="time" value={time} onChange={value(setTime)} />
        </Field.Root>
        <ZonePicker value={where} onChange={setWhere} newsroomZone={zone} size="M" />
        <Box paddingTop={5}>
          <Button variant="secondary" size="L" onClick={reschedule} loading={isLoading}>
            {t('calendar.reschedule')}
          </Button>
        </Box>
      </Flex>
    </Flex>
  );
}
