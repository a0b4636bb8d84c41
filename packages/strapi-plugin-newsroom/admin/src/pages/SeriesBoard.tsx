import * as React from 'react';
import { Box, Flex, IconButton, Link, Loader, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';
import type { BoardSeries, GetBoard } from '../../../shared/contracts/board';
import { errorMessage, useBoardQuery, useReorderMutation } from '../api';
import { LocaleChips } from '../components/LocaleChips';
import { PlanDialog } from '../components/PlanDialog';
import { useAttempt } from '../components/useAttempt';
import { useT } from '../i18n';
import { ARTICLE_UID, editUrl, PERMISSIONS } from '../pluginId';

/** Moves one entry of a list up (-1) or down (+1). */
export const moved = (ids: string[], index: number, by: -1 | 1) => {
  const next = [...ids];
  [next[index], next[index + by]] = [next[index + by], next[index]];
  return next;
};

function SeriesCard({ series, meta }: { series: BoardSeries; meta: GetBoard.Response['meta'] }) {
  const t = useT();
  const [reorder, { isLoading: busy }] = useReorderMutation();
  const attempt = useAttempt();
  const { allowedActions: renumber } = useRBAC(PERMISSIONS.renumber as any);
  const { allowedActions: schedule } = useRBAC(PERMISSIONS.scheduleCreate as any);

  const move = (index: number, by: -1 | 1) =>
    attempt(() => {
      const order = moved(
        series.parts.map((p) => p.documentId),
        index,
        by,
      );
      return reorder({ seriesDocumentId: series.documentId, order, locale: meta.defaultLocale }).unwrap();
    }, t('board.reordered'));

  return (
    <Box
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={5}
      data-series={series.slug ?? series.documentId}
    >
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="delta" tag="h2">
            {series.title ?? t('board.hiddenTitle')}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('board.summary', {
              parts: series.parts.length,
              planned: series.plannedParts ?? '–',
              state: t(`series.${series.state}`),
            })}
          </Typography>
        </Flex>
        {schedule.canCreate && <PlanDialog series={series} zone={meta.zone} locale={meta.defaultLocale} />}
      </Flex>
      <Box paddingTop={4}>
        {series.parts.map((part, index) => (
          <Flex
            key={part.documentId}
            gap={3}
            paddingTop={2}
            paddingBottom={2}
            borderColor="neutral150"
            style={{ borderTop: index ? '1px solid #eaeaef' : undefined }}
            data-part={part.documentId}
          >
            <Box minWidth="4rem">
              <Typography fontWeight="bold">{t('board.partNumber', { number: part.number })}</Typography>
            </Box>
            <Box flex="1">
              <Link tag={RouterLink} to={editUrl(ARTICLE_UID, part.documentId, meta.defaultLocale)}>
                {part.title ?? t('board.hiddenTitle')}
              </Link>
            </Box>
            <LocaleChips id={part.documentId} chips={part.locales} zone={meta.zone} />
            {renumber.canRenumber && (
              <Flex gap={1}>
                <IconButton
                  label={t('board.moveUp', {
                    title: part.title ?? t('board.partNumber', { number: part.number }),
                  })}
                  disabled={busy || index === 0}
                  onClick={() => move(index, -1)}
                >
                  <ArrowUp />
                </IconButton>
                <IconButton
                  label={t('board.moveDown', {
                    title: part.title ?? t('board.partNumber', { number: part.number }),
                  })}
                  disabled={busy || index === series.parts.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <ArrowDown />
                </IconButton>
              </Flex>
            )}
          </Flex>
        ))}
        {series.planned.map((plan) => (
          <Flex key={`planned-${plan.number}`} gap={3} paddingTop={2} paddingBottom={2}>
            <Box minWidth="4rem">
              <Typography textColor="neutral500">{t('board.partNumber', { number: plan.number })}</Typography>
            </Box>
            <Typography textColor="neutral500" style={{ fontStyle: 'italic' }}>
              {t('board.plannedPart', { title: plan.workingTitle ?? plan.topic ?? '…' })}
            </Typography>
          </Flex>
        ))}
      </Box>
    </Box>
  );
}

/** Every series with its parts in order; refreshes itself (RTK Query polling) while something is scheduled. */
export function SeriesBoard() {
  const t = useT();
  const { data: board, error } = useBoardQuery();
  const scheduled = board?.data.some((s) =>
    s.parts.some((p) => p.locales.some((c) => c.state === 'scheduled')),
  );
  // A second subscription to the same cache entry adds polling while a chip waits to turn published.
  useBoardQuery(undefined, { pollingInterval: 3000, skip: !scheduled });

  if (error) return <Typography textColor="danger600">{errorMessage(error)}</Typography>;
  if (!board) return <Loader>{t('common.loading')}</Loader>;
  if (board.data.length === 0) return <Typography>{t('board.empty')}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {board.data.map((series) => (
        <SeriesCard key={series.documentId} series={series} meta={board.meta} />
      ))}
    </Flex>
  );
}
