import * as React from 'react';
import { Box, Button, Dialog, Divider, Flex, Loader, TextButton, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import type { BundleEntry, BundleProblem } from '../../../../shared/contracts/bundles';
import {
  errorMessage,
  useBundleQuery,
  useCancelBundleMutation,
  useCheckBundleMutation,
  useRemoveBundleEntryMutation,
} from '../../api';
import { formatInZone, useFormatLocale, useT } from '../../i18n';
import { PERMISSIONS } from '../../pluginId';
import { useAttempt } from '../useAttempt';
import { AddEntry } from './AddEntry';
import { EditBundle } from './EditBundle';
import { Entries, entryName } from './Entries';
import { BundleStatus, dueText } from './status';

interface Checked {
  problems: BundleProblem[];
  checkedAt: string;
}

/** "Check now": what would stop the bundle if it went out this moment, each problem named by its entry. */
function CheckResult({ checked, entries, zone }: { checked: Checked; entries: BundleEntry[]; zone: string }) {
  const t = useT();
  const locale = useFormatLocale();
  const at = formatInZone(checked.checkedAt, zone, locale);
  if (checked.problems.length === 0) {
    return (
      <Box background="success100" padding={3} hasRadius data-problems="0">
        <Typography textColor="success700">{t('bundles.checkClear', { at })}</Typography>
      </Box>
    );
  }
  const name = (id: string | null) => {
    const entry = entries.find((candidate) => candidate.id === id);
    return entry ? entryName(entry) : t('bundles.theBundle');
  };
  return (
    <Box background="warning100" padding={3} hasRadius data-problems={checked.problems.length}>
      <Typography textColor="warning700" fontWeight="bold" tag="p">
        {t('bundles.checkProblems', { count: checked.problems.length, at })}
      </Typography>
      <ul style={{ margin: '0.5rem 0 0 1.25rem', listStyle: 'disc' }}>
        {checked.problems.map((problem, index) => (
          <li key={`${problem.entry}-${index}`} data-problem={problem.entry ?? ''}>
            <Typography>
              <strong>{name(problem.entry)}</strong>: {problem.message}
            </Typography>
          </li>
        ))}
      </ul>
    </Box>
  );
}

/**
 * One bundle: when it is due and what it did, its entries, and for a
 * pending bundle the editor's controls: add and remove entries, rename,
 * reschedule, check, cancel. Refreshes while it waits to go out.
 */
export function BundleDetail({ id, zone, onBack }: { id: string; zone: string; onBack: () => void }) {
  const t = useT();
  const locale = useFormatLocale();
  const attempt = useAttempt();
  const { allowedActions: create } = useRBAC(PERMISSIONS.scheduleCreate as any);
  const { allowedActions: remove } = useRBAC(PERMISSIONS.scheduleDelete as any);
  const { data: bundle, error } = useBundleQuery(id);
  const waiting = bundle?.status === 'pending' || bundle?.status === 'running';
  useBundleQuery(id, { pollingInterval: 3000, skip: !waiting });
  const [check, { isLoading: checking }] = useCheckBundleMutation();
  const [cancel] = useCancelBundleMutation();
  const [removeEntry] = useRemoveBundleEntryMutation();
  const [checked, setChecked] = React.useState<Checked | null>(null);

  const back = (
    <TextButton startIcon={<ArrowLeft />} onClick={onBack} data-bundles-back>
      {t('bundles.back')}
    </TextButton>
  );
  if (error) {
    return (
      <Flex direction="column" alignItems="flex-start" gap={3}>
        {back}
        <Typography textColor="danger600">{errorMessage(error)}</Typography>
      </Flex>
    );
  }
  if (!bundle) return <Loader>{t('common.loading')}</Loader>;
  const pending = bundle.status === 'pending';
  const where = bundle.zone ?? zone;
  const problems = new Map(
    (checked?.problems ?? []).flatMap((p) => (p.entry ? [[p.entry, p.message] as const] : [])),
  );
  const runCheck = async () => {
    const answer = await attempt(() => check(bundle.id).unwrap());
    if (answer) setChecked(answer.meta);
  };
  const onRemove =
    pending && remove.canDelete
      ? (entry: BundleEntry) =>
          attempt(
            () => removeEntry({ id: bundle.id, entryId: entry.id }).unwrap(),
            t('bundles.entryRemoved', { title: entryName(entry) }),
          )
      : undefined;

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-bundle-detail={bundle.id}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Box>{back}</Box>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
          <Flex direction="column" alignItems="flex-start" gap={2}>
            <Typography variant="beta" tag="h2" data-bundle-title>
              {bundle.name}
            </Typography>
            <BundleStatus bundle={bundle} />
            <Typography data-bundle-due>
              {t('bundles.dueAt', { at: dueText(bundle, zone, locale), count: bundle.entries.length })}
            </Typography>
            {bundle.ranAt && (
              <Typography data-ran-by={bundle.ranBy ?? ''}>
                {t('bundles.ran', {
                  at: formatInZone(bundle.ranAt, where, locale),
                  instance: bundle.ranBy ?? '?',
                  lateness: ((bundle.latenessMs ?? 0) / 1000).toFixed(1),
                })}
              </Typography>
            )}
            {bundle.scheduledBy && (
              <Typography variant="pi" textColor="neutral600">
                {t('bundles.scheduledBy', { who: bundle.scheduledBy })}
              </Typography>
            )}
          </Flex>
          <Flex gap={2}>
            {pending && (
              <Button variant="secondary" onClick={runCheck} loading={checking}>
                {t('bundles.check')}
              </Button>
            )}
            {pending && remove.canDelete && (
              <Dialog.Root>
                <Dialog.Trigger>
                  <Button variant="danger-light">{t('bundles.cancel')}</Button>
                </Dialog.Trigger>
                <Dialog.Content>
                  <Dialog.Header>{t('bundles.cancel')}</Dialog.Header>
                  <Dialog.Body>
                    <Typography>{t('bundles.cancelConfirm', { name: bundle.name })}</Typography>
                  </Dialog.Body>
                  <Dialog.Footer>
                    <Dialog.Cancel>
                      <Button variant="tertiary">{t('bundles.keep')}</Button>
                    </Dialog.Cancel>
                    <Dialog.Action>
                      <Button
                        variant="danger-light"
                        onClick={() => attempt(() => cancel(bundle.id).unwrap(), t('bundles.cancelled'))}
                      >
                        {t('bundles.cancel')}
                      </Button>
                    </Dialog.Action>
                  </Dialog.Footer>
                </Dialog.Content>
              </Dialog.Root>
            )}
          </Flex>
        </Flex>
        {bundle.lastError && (
          <Box background="danger100" padding={3} hasRadius data-bundle-error>
            <Typography textColor="danger700">
              {bundle.status === 'failed' ? t('bundles.failedBecause') : t('bundles.retryBecause')}{' '}
              {bundle.lastError}
            </Typography>
          </Box>
        )}
        {checked && pending && <CheckResult checked={checked} entries={bundle.entries} zone={where} />}
        <Entries bundle={bundle} problems={problems} onRemove={onRemove} />
        {pending && create.canCreate && (
          <>
            <Typography variant="delta" tag="h3">
              {t('bundles.addTitle')}
            </Typography>
            <AddEntry bundleId={bundle.id} />
            <Divider />
            <EditBundle bundle={bundle} zone={zone} />
          </>
        )}
      </Flex>
    </Box>
  );
}
