import * as React from 'react';
import {
  Box,
  Field,
  Flex,
  Link,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import type { Bundle } from '../../../shared/contracts/bundles';
import { errorMessage, useBundlesQuery } from '../api';
import { BundleDetail } from '../components/bundles/BundleDetail';
import { NewBundleDialog } from '../components/bundles/NewBundleDialog';
import { BundleStatus, dueText } from '../components/bundles/status';
import { formatInZone, useFormatLocale, useT } from '../i18n';
import { PERMISSIONS } from '../pluginId';

/** The list's filter: which statuses it asks the server for ("" = every status). */
const FILTERS: Record<string, string> = {
  all: '',
  open: 'pending,running,failed',
  done: 'done',
  cancelled: 'cancelled',
};

/** What happened when it ran: the instance and how late, or why it stopped. */
function RanCell({ bundle, zone }: { bundle: Bundle; zone: string }) {
  const t = useT();
  const locale = useFormatLocale();
  if (bundle.ranAt) {
    return (
      <Typography variant="pi" data-ran-by={bundle.ranBy ?? ''}>
        {t('bundles.ran', {
          at: formatInZone(bundle.ranAt, bundle.zone ?? zone, locale),
          instance: bundle.ranBy ?? '?',
          lateness: ((bundle.latenessMs ?? 0) / 1000).toFixed(1),
        })}
      </Typography>
    );
  }
  if (bundle.lastError) {
    return (
      <Typography variant="pi" textColor="danger600">
        {bundle.lastError}
      </Typography>
    );
  }
  return <Typography textColor="neutral500">–</Typography>;
}

function BundleList({ zone, onOpen }: { zone: string; onOpen: (id: string) => void }) {
  const t = useT();
  const locale = useFormatLocale();
  const { allowedActions: create } = useRBAC(PERMISSIONS.scheduleCreate as any);
  const [filter, setFilter] = React.useState('all');
  const params = { page: 1, pageSize: 50, ...(FILTERS[filter] ? { status: FILTERS[filter] } : {}) };
  const { data, error } = useBundlesQuery(params);
  const waiting = data?.data.some((b) => b.status === 'pending' || b.status === 'running');
  // A second subscription adds polling while a bundle waits to go out, so Done (or Failed) shows up by itself.
  useBundlesQuery(params, { pollingInterval: 3000, skip: !waiting });

  if (error) return <Typography textColor="danger600">{errorMessage(error)}</Typography>;
  if (!data) return <Loader>{t('common.loading')}</Loader>;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-bundles>
      <Flex justifyContent="space-between" alignItems="flex-end" gap={4} paddingBottom={4} wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="beta" tag="h2">
            {t('bundles.title')}
          </Typography>
          <Typography variant="omega" textColor="neutral600">
            {t('bundles.explain')}
          </Typography>
        </Flex>
        <Flex gap={3} alignItems="flex-end">
          <Field.Root name="bundle-filter" minWidth="14rem">
            <Field.Label>{t('calendar.status')}</Field.Label>
            <SingleSelect
              size="S"
              value={filter}
              onChange={(next: string | number) => setFilter(String(next))}
            >
              {Object.keys(FILTERS).map((key) => (
                <SingleSelectOption key={key} value={key}>
                  {t(`bundleFilter.${key}`)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          {create.canCreate && <NewBundleDialog zone={zone} onCreated={onOpen} />}
        </Flex>
      </Flex>
      {data.data.length === 0 ? (
        <Typography textColor="neutral600" tag="p">
          {t('bundles.empty')}
        </Typography>
      ) : (
        <Table colCount={5} rowCount={data.data.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('bundles.name')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('bundles.due')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('calendar.status')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('bundles.entries')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('bundles.outcome')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {data.data.map((bundle) => (
              <Tr key={bundle.id} data-bundle={bundle.id} data-status={bundle.status}>
                <Td>
                  <Link tag={RouterLink} to={`?tab=bundles&bundle=${bundle.id}`} data-bundle-name>
                    {bundle.name}
                  </Link>
                </Td>
                <Td>
                  <Typography data-bundle-due>{dueText(bundle, zone, locale)}</Typography>
                </Td>
                <Td>
                  <BundleStatus bundle={bundle} />
                </Td>
                <Td>
                  <Typography data-bundle-count>{bundle.entries.length}</Typography>
                </Td>
                <Td style={{ whiteSpace: 'normal', maxWidth: '28rem' }}>
                  <RanCell bundle={bundle} zone={zone} />
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {data.meta.pagination.total > data.data.length && (
        <Typography variant="pi" textColor="neutral600" tag="p" paddingTop={3}>
          {t('bundles.more', { shown: data.data.length, total: data.meta.pagination.total })}
        </Typography>
      )}
    </Box>
  );
}

/**
 * The Bundles tab: embargo bundles, each a named set of publishes and
 * unpublishes that goes out at one time, all or none. ?bundle=<id> opens one.
 */
export function Bundles({ zone }: { zone: string }) {
  const [search, setSearch] = useSearchParams();
  const open = search.get('bundle');
  const show = (id: string | null) =>
    setSearch(id ? { tab: 'bundles', bundle: id } : { tab: 'bundles' }, { replace: false });
  if (open) return <BundleDetail key={open} id={open} zone={zone} onBack={() => show(null)} />;
  return <BundleList zone={zone} onOpen={show} />;
}
