import * as React from 'react';
import { Button, Field, Flex, Modal, TextInput } from '@strapi/design-system';
import { useCreateBundleMutation } from '../../api';
import { dayInZone, useT } from '../../i18n';
import { useAttempt } from '../useAttempt';
import { ZonePicker } from '../ZonePicker';

const value = (set: (v: string) => void) => (e: React.ChangeEvent<HTMLInputElement>) => set(e.target.value);

/**
 * "New bundle": a name and one wall-clock time in a zone. The entries are
 * added in the bundle's own view, which opens once the server has it; the
 * server's sentence (no name, a past time, a time the clocks skip) is shown as it is.
 */
export function NewBundleDialog({ zone, onCreated }: { zone: string; onCreated: (id: string) => void }) {
  const t = useT();
  const attempt = useAttempt();
  const [create, { isLoading }] = useCreateBundleMutation();
  const [open, setOpen] = React.useState(false);
  const [name, setName] = React.useState('');
  const [date, setDate] = React.useState(() =>
    dayInZone(new Date(Date.now() + 86_400_000).toISOString(), zone),
  );
  const [time, setTime] = React.useState('09:00');
  const [where, setWhere] = React.useState(zone);

  const submit = async () => {
    const created = await attempt(
      () => create({ name: name.trim(), date, time, zone: where }).unwrap(),
      t('bundles.created'),
    );
    if (created) {
      setOpen(false);
      setName('');
      onCreated(created.data.id);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button>{t('bundles.new')}</Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('bundles.newTitle')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4} data-new-bundle>
            <Field.Root name="bundle-name" hint={t('bundles.nameHint')}>
              <Field.Label>{t('bundles.name')}</Field.Label>
              <TextInput value={name} onChange={value(setName)} />
              <Field.Hint />
            </Field.Root>
            <Flex gap={2} alignItems="flex-start">
              <Field.Root name="bundle-date">
                <Field.Label>{t('schedule.date')}</Field.Label>
                <TextInput type="date" value={date} onChange={value(setDate)} />
              </Field.Root>
              <Field.Root name="bundle-time">
                <Field.Label>{t('schedule.time')}</Field.Label>
                <TextInput type="time" value={time} onChange={value(setTime)} />
              </Field.Root>
            </Flex>
            <ZonePicker value={where} onChange={setWhere} newsroomZone={zone} size="M" />
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('common.cancel')}</Button>
          </Modal.Close>
          <Button onClick={submit} loading={isLoading}>
            {t('bundles.create')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
