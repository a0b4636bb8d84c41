import * as React from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  Loader,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import type { MilestoneKind } from '../../../shared/contracts/editing';
import { errorMessage, useAddMilestoneMutation, useTimelineQuery, useTimelinesQuery } from '../api';
import { MilestoneLine } from '../components/MilestoneLine';
import { useAttempt } from '../components/useAttempt';
import { formatDay, useFormatLocale, useT } from '../i18n';

const KINDS: MilestoneKind[] = ['merge-window', 'rc', 'release', 'stable'];

function AddMilestone({
  documentId,
  saveVersion,
  zone,
}: {
  documentId: string;
  /** The draft's last save, sent back so a stale add is refused (409). */
  saveVersion: string;
  zone: string;
}) {
  const t = useT();
  const [addMilestone] = useAddMilestoneMutation();
  const attempt = useAttempt();
  const [kind, setKind] = React.useState<MilestoneKind>('rc');
  const [label, setLabel] = React.useState('');
  const [at, setAt] = React.useState('');
  const submit = async () => {
    const added = await attempt(async () => {
      if (!label.trim() || !at) throw new Error(t('timeline.missing'));
      await addMilestone({
        documentId,
        version: saveVersion,
        milestone: { kind, label: label.trim(), local: at, zone },
      }).unwrap();
      return true;
    }, t('timeline.added'));
    if (added) setLabel('');
  };
  return (
    <Flex gap={2} alignItems="flex-end">
      <Field.Root name="kind">
        <Field.Label>{t('timeline.kind')}</Field.Label>
        <SingleSelect value={kind} onChange={(v: string | number) => setKind(v as MilestoneKind)}>
          {KINDS.map((k) => (
            <SingleSelectOption key={k} value={k}>
              {t(`kind.${k}`)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="label">
        <Field.Label>{t('timeline.label')}</Field.Label>
        <TextInput
          value={label}
          placeholder="rc5"
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setLabel(e.target.value)}
        />
      </Field.Root>
      <Field.Root name="at">
        <Field.Label>{t('timeline.at', { zone })}</Field.Label>
        <TextInput
          type="datetime-local"
          value={at}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setAt(e.target.value)}
        />
      </Field.Root>
      <Button variant="secondary" onClick={submit}>
        {t('timeline.add')}
      </Button>
    </Flex>
  );
}

function TimelineCard({ slug, zone }: { slug: string; zone: string }) {
  const t = useT();
  const locale = useFormatLocale();
  const { data } = useTimelineQuery(slug);
  if (!data) return <Loader small>{t('common.loading')}</Loader>;
  const projection = data.projection;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-timeline={slug}>
      <Flex justifyContent="space-between">
        <Typography variant="delta" tag="h2">
          {data.project} {data.version}
        </Typography>
        <Typography variant="omega" fontWeight="bold">
          {t('timeline.today', { state: data.state.label ?? data.state.phase })}
        </Typography>
      </Flex>
      <MilestoneLine
        milestones={data.milestones}
        now={data.state.at}
        projected={projection?.expected ?? null}
      />
      <Typography variant="pi" textColor="neutral600" tag="p">
        {data.releasedAt
          ? t('timeline.released', { at: formatDay(data.releasedAt, zone, locale) })
          : projection
            ? t('timeline.projected', {
                expected: formatDay(projection.expected, zone, locale),
                earliest: formatDay(projection.earliest, zone, locale),
                latest: formatDay(projection.latest, zone, locale),
              })
            : t('timeline.noProjection')}
      </Typography>
      <Box paddingTop={4}>
        <AddMilestone documentId={data.documentId} saveVersion={data.saveVersion} zone={zone} />
      </Box>
    </Box>
  );
}

/** Each release timeline: milestones on a line, today's state, the projected release. */
export function Timelines({ zone }: { zone: string }) {
  const t = useT();
  const { data, error } = useTimelinesQuery();
  const list = data?.data;
  if (error) return <Typography textColor="danger600">{errorMessage(error)}</Typography>;
  if (!list) return <Loader>{t('common.loading')}</Loader>;
  if (list.length === 0) return <Typography>{t('timeline.empty')}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {list.map((item) =>
        // A published timeline always has its slug (a uid field); the detail is read by it.
        item.slug ? <TimelineCard key={item.documentId} slug={item.slug} zone={zone} /> : null,
      )}
    </Flex>
  );
}
