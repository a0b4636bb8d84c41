import * as React from 'react';
import {
  Button,
  Checkbox,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
} from '@strapi/design-system';
import { useScheduleMutation } from '../api';
import { useAttempt } from '../components/useAttempt';
import { ZonePicker } from '../components/ZonePicker';
import { dayInZone, useT } from '../i18n';
import { ARTICLE_UID } from '../pluginId';

const inputValue = (set: (v: string) => void) => (e: React.ChangeEvent<HTMLInputElement>) =>
  set(e.target.value);

/** Schedule a publish or unpublish of this article in this locale, at a wall-clock time in a zone. */
export function ScheduleForm({
  documentId,
  locale,
  zone,
}: {
  documentId: string;
  locale: string;
  zone: string;
}) {
  const t = useT();
  const [schedule, { isLoading }] = useScheduleMutation();
  const attempt = useAttempt();
  const [action, setAction] = React.useState<'publish' | 'unpublish'>('publish');
  const [date, setDate] = React.useState(() =>
    dayInZone(new Date(Date.now() + 86_400_000).toISOString(), zone),
  );
  const [time, setTime] = React.useState('09:00');
  const [where, setWhere] = React.useState(zone);
  const [force, setForce] = React.useState(false);

  const submit = () =>
    attempt(() => {
      const body = { targetType: ARTICLE_UID, documentId, locale, action, date, time, zone: where };
      return schedule({ ...body, force: force || undefined }).unwrap();
    }, t('schedule.done'));

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-schedule-form>
      <Field.Root name="newsroom-action">
        <Field.Label>{t('schedule.action')}</Field.Label>
        <SingleSelect
          size="S"
          value={action}
          onChange={(v: string | number) => setAction(v as 'publish' | 'unpublish')}
        >
          <SingleSelectOption value="publish">{t('action.publish')}</SingleSelectOption>
          <SingleSelectOption value="unpublish">{t('action.unpublish')}</SingleSelectOption>
        </SingleSelect>
      </Field.Root>
      <Field.Root name="newsroom-date">
        <Field.Label>{t('schedule.date')}</Field.Label>
        <TextInput size="S" type="date" value={date} onChange={inputValue(setDate)} />
      </Field.Root>
      <Field.Root name="newsroom-time">
        <Field.Label>{t('schedule.time')}</Field.Label>
        <TextInput size="S" type="time" value={time} onChange={inputValue(setTime)} />
      </Field.Root>
      <ZonePicker value={where} onChange={setWhere} newsroomZone={zone} />
      <Checkbox checked={force} onCheckedChange={(v: boolean | 'indeterminate') => setForce(v === true)}>
        {t('schedule.force')}
      </Checkbox>
      <Button size="S" onClick={submit} loading={isLoading} fullWidth>
        {t('schedule.submit')}
      </Button>
    </Flex>
  );
}
