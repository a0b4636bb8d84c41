import { Box, Flex, Typography } from '@strapi/design-system';
import type { TimelineMilestone } from '../../../shared/contracts/timelines';

const DOT: Record<string, string> = {
  'merge-window': '#7b79ff',
  rc: '#d9822f',
  release: '#328048',
  stable: '#4945ff',
};

/** Milestones placed by date on a horizontal line; `now` and a projected release are marked too. */
export function MilestoneLine({
  milestones,
  now,
  projected,
}: {
  milestones: TimelineMilestone[];
  now: string;
  projected: string | null;
}) {
  // The line spans the milestones (and projection); "now" is marked only when it falls near them.
  const own = [...milestones.map((m) => Date.parse(m.at)), ...(projected ? [Date.parse(projected)] : [])];
  const month = 30 * 86_400_000;
  const nowAt = Date.parse(now);
  const showNow =
    own.length === 0 || (nowAt >= Math.min(...own) - month && nowAt <= Math.max(...own) + month);
  const times = showNow ? [...own, nowAt] : own;
  const min = Math.min(...times);
  const span = Math.max(Math.max(...times) - min, 1);
  // Dense rc runs would overlap: label the merge window, releases, stable updates and the latest milestone.
  const labelled = (m: TimelineMilestone, i: number) => m.kind !== 'rc' || i === milestones.length - 1;
  const left = (iso: string) => `${(((Date.parse(iso) - min) / span) * 96 + 2).toFixed(2)}%`;
  const mark = (key: string, at: string, color: string, label: string, below: boolean, dashed = false) => (
    <Box key={key} position="absolute" style={{ left: left(at), top: 0, bottom: 0 }} title={label}>
      <Box
        style={{
          position: 'absolute',
          top: 34,
          left: -6,
          width: 12,
          height: 12,
          borderRadius: 6,
          background: dashed ? 'transparent' : color,
          border: `2px ${dashed ? 'dashed' : 'solid'} ${color}`,
        }}
      />
      <Box
        style={{
          position: 'absolute',
          top: below ? 52 : 6,
          transform: 'translateX(-50%)',
          whiteSpace: 'nowrap',
        }}
      >
        <Typography variant="pi" style={{ color }}>
          {label}
        </Typography>
      </Box>
    </Box>
  );
  return (
    <Box position="relative" style={{ height: 80, margin: '0 24px' }} data-timeline-line>
      <Box style={{ position: 'absolute', top: 39, left: 0, right: 0, height: 2, background: '#dcdce4' }} />
      {milestones.map((m, i) =>
        mark(
          `m${i}`,
          m.at,
          DOT[m.kind] ?? '#666687',
          labelled(m, i) ? m.label : '',
          m.kind !== 'merge-window',
        ),
      )}
      {showNow && mark('now', now, '#d02b20', '▼', false)}
      {projected && mark('projected', projected, '#328048', '?', true, true)}
    </Box>
  );
}

export const Legend = ({ items }: { items: [string, string][] }) => (
  <Flex gap={4}>
    {items.map(([color, text]) => (
      <Typography key={text} variant="pi" style={{ color }}>
        ● {text}
      </Typography>
    ))}
  </Flex>
);
