import { Box, Flex, Typography } from '@strapi/design-system';
import type { CalendarDay, CalendarHour, CalendarItem } from '../../../../shared/contracts/calendar';
import { useFormatLocale, useT } from '../../i18n';
import { usePointerDrag } from './drag';
import { ItemChip } from './ItemChip';

export interface GridProps {
  days: CalendarDay[];
  items: CalendarItem[];
  zone: string;
  canMove: boolean;
  onOpen: (item: CalendarItem) => void;
  /** A drop on a day (month) or an hour row (week, its UTC start). */
  onDrop: (id: string, target: { date: string; slot?: string }) => void;
  today: string;
}

type Drag = ReturnType<typeof usePointerDrag>;

function Chip({ item, props, drag }: { item: CalendarItem; props: GridProps; drag: Drag }) {
  return (
    <ItemChip
      item={item}
      zone={props.zone}
      onDragStart={props.canMove && item.movable ? drag.start(item.id) : undefined}
      dragging={drag.dragging === item.id}
      onOpen={props.onOpen}
    />
  );
}

const within = (at: string, from: string, to: string) => {
  const ms = Date.parse(at);
  return Date.parse(from) <= ms && ms < Date.parse(to);
};

function Weekdays({ days }: { days: CalendarDay[] }) {
  const locale = useFormatLocale();
  const name = (date: string) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(`${date}T12:00:00Z`),
    );
  return (
    <>
      {days.slice(0, 7).map((day) => (
        <Box key={day.date} padding={2}>
          <Typography variant="sigma" textColor="neutral600">
            {name(day.date)}
          </Typography>
        </Box>
      ))}
    </>
  );
}

/** Whole weeks; each cell one day in the newsroom's zone, items by their instant, a 23- or 25-hour day marked. */
export function MonthGrid(props: GridProps) {
  const { days, items, today } = props;
  const t = useT();
  const drag = usePointerDrag(props.onDrop);
  return (
    <Box
      data-calendar-grid="month"
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
        gap: 1,
        background: '#eaeaef',
      }}
    >
      <Weekdays days={days} />
      {days.map((day) => {
        const mine = items.filter((item) => within(item.at, day.start, day.end));
        return (
          <Box
            key={day.date}
            data-day={day.date}
            data-hours={day.hours}
            background={day.inRange ? 'neutral0' : 'neutral100'}
            padding={2}
            style={{ minHeight: 110 }}
            data-drop-date={day.date}
          >
            <Flex justifyContent="space-between">
              <Typography
                fontWeight={day.date === today ? 'bold' : 'regular'}
                textColor={day.inRange ? 'neutral800' : 'neutral500'}
              >
                {Number(day.date.slice(8))}
              </Typography>
              {day.hours !== 24 && (
                <Typography variant="pi" textColor="warning700" data-dst>
                  {t('calendar.hours', { hours: day.hours })}
                </Typography>
              )}
            </Flex>
            {mine.map((item) => (
              <Chip key={item.id} item={item} props={props} drag={drag} />
            ))}
          </Box>
        );
      })}
    </Box>
  );
}

/** One hour row of one day: nothing when the clocks skipped it, two halves when they repeated it. */
function HourCell({ day, hour, drag, ...props }: GridProps & { day: CalendarDay; hour: number; drag: Drag }) {
  const t = useT();
  const slots: CalendarHour[] = day.slots.filter((slot) => slot.hour === hour);
  if (slots.length === 0) {
    return (
      <Box
        data-skipped={`${day.date}T${String(hour).padStart(2, '0')}`}
        title={t('calendar.skippedHour')}
        style={{
          background: 'repeating-linear-gradient(45deg, #f6f6f9, #f6f6f9 4px, #dcdce4 4px, #dcdce4 8px)',
        }}
      >
        <Typography variant="pi" textColor="neutral600">
          {t('calendar.skipped')}
        </Typography>
      </Box>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" background="neutral0">
      {slots.map((slot) => (
        <Box
          key={slot.start}
          flex="1"
          padding={1}
          data-slot={slot.start}
          data-slot-hour={slot.hour}
          style={{ minHeight: slots.length > 1 ? 22 : 44 }}
          data-drop-date={day.date}
          data-drop-slot={slot.start}
        >
          {slots.length > 1 && (
            <Typography variant="pi" textColor="warning700">
              {`${String(hour).padStart(2, '0')}:00 (${slot.offset})`}
            </Typography>
          )}
          {props.items
            .filter((item) => within(item.at, slot.start, slot.end))
            .map((item) => (
              <Chip key={item.id} item={item} props={props} drag={drag} />
            ))}
        </Box>
      ))}
    </Flex>
  );
}

/** Seven days by 24 wall-clock hours in the newsroom's zone; DST days show their skipped or doubled hour. */
export function WeekGrid(props: GridProps) {
  const locale = useFormatLocale();
  const drag = usePointerDrag(props.onDrop);
  const hourLabel = (hour: number) =>
    new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
      Date.UTC(2000, 0, 1, hour),
    );
  const hours = Array.from({ length: 24 }, (_, hour) => hour);
  const title = (date: string) =>
    new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${date}T12:00:00Z`));
  return (
    <Box
      data-calendar-grid="week"
      style={{
        display: 'grid',
        gridTemplateColumns: '4rem repeat(7, minmax(0, 1fr))',
        gap: 1,
        background: '#eaeaef',
      }}
    >
      <Box background="neutral0" />
      {props.days.map((day) => (
        <Box key={day.date} background="neutral0" padding={2} data-day={day.date} data-hours={day.hours}>
          <Typography fontWeight={day.date === props.today ? 'bold' : 'regular'}>
            {title(day.date)}
          </Typography>
        </Box>
      ))}
      {hours.map((hour) => (
        <Box key={hour} style={{ display: 'contents' }}>
          <Box background="neutral0" padding={1}>
            <Typography variant="pi" textColor="neutral600">
              {hourLabel(hour)}
            </Typography>
          </Box>
          {props.days.map((day) => (
            <HourCell key={day.date} {...props} day={day} hour={hour} drag={drag} />
          ))}
        </Box>
      ))}
    </Box>
  );
}
