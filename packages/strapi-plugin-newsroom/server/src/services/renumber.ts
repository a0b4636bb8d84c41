import type { Core } from '@strapi/strapi';
import { RuleError } from '../domain/errors';
import { renumber } from '../domain/parts';
import { createRenumberRepository } from '../repositories/renumber-repository';
import type { ChangesService } from './changes';

/**
 * Reorders the parts of a series in one transaction: either the whole new
 * order is stored or nothing. Published and draft versions, in every locale,
 * get the new numbers, so readers see the new order at once.
 */
export const createRenumberService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createRenumberRepository(strapi);

  return {
    async reorder(seriesDocumentId: string, order: string[], locale: string) {
      const result = await strapi.db.transaction(async ({ trx }) => {
        await repo.lockSeries(trx, seriesDocumentId);
        if (!(await repo.seriesExists(seriesDocumentId, locale))) {
          throw new RuleError(
            `No series ${seriesDocumentId} in locale "${locale}".`,
            ['documentId'],
            'not-found',
          );
        }
        const parts = await repo.parts(seriesDocumentId, locale);
        const numbers = renumber(
          parts.map((part: any) => part.documentId),
          order,
        );
        // Two passes, so no moment has two parts on one number: park every
        // part on a number no part uses, then set the final numbers.
        const park = parts.reduce((max: number, part: any) => Math.max(max, part.partNumber ?? 0), 0) + 1;
        for (const [index, part] of parts.entries()) await repo.setNumber(part.documentId, park + index);
        for (const [documentId, number] of numbers) await repo.setNumber(documentId, number);
        return [...numbers].map(([documentId, number]) => ({ documentId, number }));
      });
      const changes = strapi.plugin('newsroom').service('changes') as ChangesService;
      await changes.changed(
        [`series:${seriesDocumentId}`, 'series-list', ...order.map((id) => `article:${id}`)],
        'series.renumber',
      );
      return result as { documentId: string; number: number }[];
    },
  };
};

export type RenumberService = ReturnType<typeof createRenumberService>;
