import type { Core } from '@strapi/strapi';
import { RuleError } from '../domain/errors';
import { docKey } from '../domain/cache-keys';
import { firstClash, renumber } from '../domain/parts';
import { createRenumberRepository } from '../repositories/renumber-repository';
import { ARTICLE } from '../uids';
import type { Ability } from './access';
import { getService } from '../get-service';

/**
 * Reorders the parts of a series in one transaction: either the whole new
 * order is stored or nothing. Published and draft versions, in every locale,
 * get the new numbers, so readers see the new order at once. Part numbers
 * are shared by every locale, so the person reordering needs the Content
 * Manager's update permission on the part number of every part that moves,
 * in every locale it has.
 */
export const createRenumberService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createRenumberRepository(strapi);
  const access = () => getService(strapi, 'access');

  async function assertMayRenumber(ability: Ability, moved: { documentId: string; number: number }[]) {
    const rows = await repo.draftLocales(moved.map((part) => part.documentId));
    for (const row of rows) {
      const ref = { uid: ARTICLE, documentId: row.documentId, locale: row.locale };
      const words = { consequence: `so it may not renumber "${row.title}"` };
      const part = await access().assert(ability, 'update', ref, words);
      const number = moved.find((m) => m.documentId === row.documentId)?.number;
      if (part) await access().assertWritable(ability, ARTICLE, part, { partNumber: number });
    }
  }

  return {
    async reorder(seriesDocumentId: string, order: string[], locale: string, ability: Ability | null) {
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
        const moved = parts
          .filter((part: any) => numbers.get(part.documentId) !== part.partNumber)
          .map((part: any) => ({
            documentId: part.documentId,
            number: numbers.get(part.documentId) as number,
          }));
        if (ability) await assertMayRenumber(ability, moved);
        // Two passes, so no moment has two parts on one number: park every
        // part on a number no part uses, then set the final numbers.
        const park = parts.reduce((max: number, part: any) => Math.max(max, part.partNumber ?? 0), 0) + 1;
        for (const [index, part] of parts.entries()) await repo.setNumber(part.documentId, park + index);
        for (const [documentId, number] of numbers) await repo.setNumber(documentId, number);
        // The numbers also apply in the other locales, whose set of parts may differ.
        const clash = firstClash(await repo.numberedRows(seriesDocumentId));
        if (clash) {
          throw new RuleError(
            `This order would put "${clash.titles[0]}" and "${clash.titles[1]}" both on part ${clash.number} in locale "${clash.locale}" (part numbers are shared by every locale); reorder there too, or give one of them another number first.`,
            ['order'],
            'stale',
          );
        }
        // In the same transaction: the new numbers, the generation and the purge commit together.
        await getService(strapi, 'changes').changed(
          [docKey(seriesDocumentId), ...parts.map((part: any) => docKey(part.documentId))],
          'series.renumber',
        );
        return [...numbers].map(([documentId, number]) => ({ documentId, number }));
      });
      return result as { documentId: string; number: number }[];
    },
  };
};

export type RenumberService = ReturnType<typeof createRenumberService>;
