import { Box, Typography } from '@strapi/design-system';
import type { CalendarItem } from '../../../../shared/contracts/calendar';
import { formatInZone, useFormatLocale, useT } from '../../i18n';
import { STATUS_COLOURS } from './status';

export const DRAG_TYPE = 'application/x-newsroom-action';

/**
 * One item on the grid: its time in the newsroom's zone, what happens and to
 * what, coloured by status. Pending actions can be dragged (when the role
 * may reschedule); every item opens its details on click.
 */
export function ItemChip({
  item,
  zone,
  draggable,
  onOpen,
}: {
  item: CalendarItem;
  zone: string;
  draggable: boolean;
  onOpen: (item: CalendarItem) => void;
}) {
  const t = useT();
  const locale = useFormatLocale();
  const colours = STATUS_COLOURS[item.status];
  const what = item.kind === 'publication' ? t('calendar.published') : t(`action.${item.action}`);
  const label = `${formatInZone(item.at, zone, locale, false)} ${what}: ${item.title ?? item.documentId}${
    item.locale ? ` (${item.locale.toUpperCase()})` : ''
  }`;
  return (
    <Box
      tag="button"
      type="button"
      draggable={draggable}
      onDragStart={(event: React.DragEvent) => {
        event.dataTransfer.setData(DRAG_TYPE, item.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
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
        cursor: draggable ? 'grab' : 'pointer',
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

/** Props a drop target spreads on itself: accepts dragged actions, highlights while one hovers. */
export function dropTarget(onDropItem: (id: string) => void) {
  return {
    onDragOver: (event: React.DragEvent) => {
      if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      (event.currentTarget as HTMLElement).style.outline = '2px dashed #4945ff';
    },
    onDragLeave: (event: React.DragEvent) => {
      (event.currentTarget as HTMLElement).style.outline = '';
    },
    onDrop: (event: React.DragEvent) => {
      (event.currentTarget as HTMLElement).style.outline = '';
      const id = event.dataTransfer.getData(DRAG_TYPE);
      if (!id) return;
      event.preventDefault();
      onDropItem(id);
    },
  };
}
