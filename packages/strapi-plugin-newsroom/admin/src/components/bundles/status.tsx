import { Badge, Flex } from '@strapi/design-system';
import type { Bundle } from '../../../../shared/contracts/bundles';
import { formatInZone, useT } from '../../i18n';

type Variant = 'primary' | 'secondary' | 'success' | 'danger' | 'neutral' | 'warning';

const VARIANTS: Record<Bundle['status'], Variant> = {
  pending: 'primary',
  running: 'secondary',
  done: 'success',
  failed: 'danger',
  cancelled: 'neutral',
};

/**
 * Late: still waiting after its time (the scheduler has not run it yet), or
 * it went out after the late alert. The server's alert is the authority; a
 * pending bundle a minute past its time is marked before the alert comes.
 */
export function isLate(bundle: Bundle, now = Date.now()): boolean {
  if (bundle.lateAlertedAt) return true;
  const waiting = bundle.status === 'pending' || bundle.status === 'running';
  return waiting && now - new Date(bundle.dueAt).getTime() > 60_000;
}

/** The bundle's status as a badge, with the late and retry marks beside it. */
export function BundleStatus({ bundle }: { bundle: Bundle }) {
  const t = useT();
  return (
    <Flex gap={1} wrap="wrap">
      <Badge variant={VARIANTS[bundle.status]} data-bundle-status={bundle.status}>
        {t(`bundleStatus.${bundle.status}`)}
      </Badge>
      {isLate(bundle) && (
        <Badge variant="warning" data-late>
          {t('bundles.late')}
        </Badge>
      )}
      {bundle.status === 'pending' && bundle.attempts > 0 && bundle.lastError && (
        <Badge variant="danger" data-retrying>
          {t('bundles.retrying')}
        </Badge>
      )}
    </Flex>
  );
}

/** An entry's status in its table row. */
export function EntryStatus({ status }: { status: Bundle['status'] }) {
  const t = useT();
  return (
    <Badge size="S" variant={VARIANTS[status]}>
      {t(`bundleStatus.${status}`)}
    </Badge>
  );
}

/** When a bundle is due, as its wall clock in its own zone: "Thu, 14 Jan 2027, 16:49 (Europe/Berlin)". */
export function dueText(bundle: Bundle, newsroomZone: string, locale: string): string {
  const zone = bundle.zone ?? newsroomZone;
  return `${formatInZone(bundle.dueAt, zone, locale)} (${zone})`;
}
