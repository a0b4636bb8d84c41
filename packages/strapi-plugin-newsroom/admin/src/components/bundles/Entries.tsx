import {
  Badge,
  Flex,
  IconButton,
  Link,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import type { Bundle, BundleEntry } from '../../../../shared/contracts/bundles';
import { useContentTypesQuery } from '../../api';
import { useT } from '../../i18n';
import { editUrl } from '../../pluginId';
import { EntryStatus } from './status';

/** The outcomes the scheduler writes, as translation keys; any other is shown as it is. */
const OUTCOMES: Record<string, string> = {
  published: 'published',
  updated: 'updated',
  unpublished: 'unpublished',
  'already published': 'alreadyPublished',
  'already unpublished': 'alreadyUnpublished',
  failed: 'failed',
};

/** An entry as a sentence's subject: its title, or its documentId when the viewer may not read the title. */
export const entryName = (entry: BundleEntry) => entry.title ?? entry.documentId;

/**
 * The bundle's entries, one row each: the document (linked to its edit view),
 * type, locale, action, status and outcome. The entry that stopped a failed
 * bundle, and any the last check found a problem with, stand out.
 */
export function Entries({
  bundle,
  problems,
  onRemove,
}: {
  bundle: Bundle;
  /** Entry id → the check's sentence about it. */
  problems: Map<string, string>;
  /** Absent: the viewer may not remove entries, or the bundle is past changing. */
  onRemove?: (entry: BundleEntry) => void;
}) {
  const t = useT();
  const { formatMessage } = useIntl();
  const { data: types = [] } = useContentTypesQuery();
  const typeName = (uid: string) => {
    const name = types.find((type) => type.uid === uid)?.info.displayName;
    return name ? formatMessage({ id: name, defaultMessage: name }) : uid;
  };
  if (bundle.entries.length === 0) {
    return (
      <Typography textColor="neutral600" tag="p" data-no-entries>
        {t('bundles.noEntries')}
      </Typography>
    );
  }
  return (
    <Table colCount={onRemove ? 7 : 6} rowCount={bundle.entries.length + 1}>
      <Thead>
        <Tr>
          {['bundles.document', 'bundles.type', 'calendar.locale', 'schedule.action', 'calendar.status'].map(
            (key) => (
              <Th key={key}>
                <Typography variant="sigma">{t(key)}</Typography>
              </Th>
            ),
          )}
          <Th>
            <Typography variant="sigma">{t('bundles.outcome')}</Typography>
          </Th>
          {onRemove && (
            <Th>
              <Typography variant="sigma">{t('bundles.remove')}</Typography>
            </Th>
          )}
        </Tr>
      </Thead>
      <Tbody>
        {bundle.entries.map((entry) => {
          const blocking = bundle.blockingEntry === entry.id;
          const problem = problems.get(entry.id);
          const background = blocking ? '#fcecea' : problem ? '#fdf4dc' : undefined;
          return (
            <Tr
              key={entry.id}
              data-entry={entry.id}
              data-blocking={blocking ? 'true' : undefined}
              style={background ? { background } : undefined}
            >
              <Td style={{ whiteSpace: 'normal' }}>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Link
                    tag={RouterLink}
                    to={editUrl(entry.targetType, entry.documentId, entry.locale ?? '')}
                    data-entry-title
                  >
                    {entry.title ?? t('board.hiddenTitle')}
                  </Link>
                  {blocking && (
                    <Badge variant="danger" size="S">
                      {t('bundles.blocking')}
                    </Badge>
                  )}
                  {(entry.lastError ?? problem) && (
                    <Typography variant="pi" textColor={blocking ? 'danger700' : 'warning700'}>
                      {entry.lastError ?? problem}
                    </Typography>
                  )}
                </Flex>
              </Td>
              <Td>
                <Typography>{typeName(entry.targetType)}</Typography>
              </Td>
              <Td>
                <Typography>{entry.locale?.toUpperCase() ?? '–'}</Typography>
              </Td>
              <Td>
                <Typography>{t(`action.${entry.action}`)}</Typography>
              </Td>
              <Td>
                <EntryStatus status={entry.status} />
              </Td>
              <Td>
                <Typography data-entry-outcome>
                  {entry.outcome
                    ? OUTCOMES[entry.outcome]
                      ? t(`bundleOutcome.${OUTCOMES[entry.outcome]}`)
                      : entry.outcome
                    : '–'}
                </Typography>
              </Td>
              {onRemove && (
                <Td>
                  <IconButton
                    label={t('bundles.removeEntry', { title: entryName(entry) })}
                    variant="ghost"
                    onClick={() => onRemove(entry)}
                  >
                    <Trash />
                  </IconButton>
                </Td>
              )}
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
}
