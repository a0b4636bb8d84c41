import { Badge, Flex } from '@strapi/design-system';
import type { LocaleChip } from '../../../shared/contracts/board';
import { formatInZone, useFormatLocale, useT } from '../i18n';

const COLORS: Record<string, [string, string]> = {
  missing: ['neutral100', 'neutral500'],
  draft: ['secondary100', 'secondary700'],
  announced: ['alternative100', 'alternative700'],
  scheduled: ['warning100', 'warning700'],
  published: ['success100', 'success700'],
};

/** One badge per locale: "EN published", "DE scheduled Thu, 14 Jan, 16:49", "EN draft". */
export function LocaleChips({ id, chips, zone }: { id: string; chips: LocaleChip[]; zone: string }) {
  const t = useT();
  const locale = useFormatLocale();
  return (
    <Flex gap={1} wrap="wrap">
      {chips.map((chip) => {
        const [background, text] = COLORS[chip.state];
        const due = chip.dueAt ? ` ${formatInZone(chip.dueAt, zone, locale)}` : '';
        const until = chip.unpublishAt
          ? ` · ${t('chip.unpublishAt', { at: formatInZone(chip.unpublishAt, zone, locale) })}`
          : '';
        return (
          <Badge
            key={chip.locale}
            backgroundColor={background}
            textColor={text}
            data-chip={`${id}:${chip.locale}`}
            data-state={chip.state}
          >
            {`${chip.locale.toUpperCase()} ${t(`state.${chip.state}`)}${due}${until}`}
          </Badge>
        );
      })}
    </Flex>
  );
}
