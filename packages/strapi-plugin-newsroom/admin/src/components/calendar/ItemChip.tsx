import { Box, Typography } from '@strapi/design-system';
import type { CalendarItem } from '../../../../shared/contracts/calendar';
import { formatInZone, useFormatLocale, useT } from '../../i18n';
import { STATUS_COLOURS } from './status';

/**
 * One item on the grid: its time in the newsroom's zone, what happens and to
 * what, coloured by status. Pending actions can be dragged (when the role
 * may reschedule, see drag.ts); every item opens its details on click.
 */
export function ItemChip({
  item,
  zone,
  onDragStart,
  dragging,
  onOpen,
}: {
  item: CalendarItem;
  zone: string;
  /** Set when the item may be dragged (a pending action, a role that may reschedule). */
  onDragStart?: (event: React.PointerEvent) => void;
  dragging: boolean;
  onOpen: (item: CalendarItem) => void;
}) {
  const t = useT();
  const locale = useFormatLocale();
  const colours = STATUS_COLOURS[item.status];
  const what =
    item.kind === 'publication'
      ? t('calendar.published')
      : t(item.update ? 'action.update' : `action.${item.action}`);
  const label = `${formatInZone(item.at, zone, locale, false)} ${what}: ${item.title ?? item.documentId}${
    item.locale ? ` (${item.locale.toUpperCase()})` : ''
  }`;
  return (
    <Box
      role="button"
      tabIndex={0}
      onKeyDown={(event: React.KeyboardEvent) => (event.key === 'Enter' || event.key === ' ') && onOpen(item)}
      onPointerDown={onDragStart}
      onClick={() => onOpen(item)}
      title={`${label} · ${t(`calendarStatus.${item.status}`)}`}
      data-item={item.id}
      data-status={item.status}
      data-at={item.at}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        border: 'none',
        borderLeft: `4px solid ${colours.line}`,
        background: colours.fill,
        borderRadius: 4,
        padding: '2px 6px',
        marginTop: 2,
        cursor: onDragStart ? (dragging ? 'grabbing' : 'grab') : 'pointer',
        opacity: dragging ? 0.5 : 1,
        touchAction: onDragStart ? 'none' : undefined,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
      }}
    >
      <Typography variant="pi" textColor="neutral800">
        {label}
      </Typography>
    </Box>
  );
}
