import type { Core } from '@strapi/strapi';
import { type AccessVerb, droppedPaths, refusal } from '../domain/access';
import { RuleError } from '../domain/errors';

/** A signed-in admin's CASL ability, as Strapi puts it on `ctx.state.userAbility`. */
export type Ability = unknown;

export interface DocumentRef {
  uid: string;
  documentId: string;
  /** Ignored for a type without locales. */
  locale: string | null;
  status?: 'draft' | 'published';
}

const SUPER_ADMIN = 'strapi-super-admin';

/** How a refusal is worded: what the request was for, and whose role it is when not the asker's. */
export type Words = { consequence?: string; who?: string };

/** Whether an admin user (with roles populated, as on `ctx.state.user`) is a super admin. */
export const isSuperAdmin = (user: any): boolean =>
  Array.isArray(user?.roles) && user.roles.some((role: any) => role?.code === SUPER_ADMIN);

/**
 * The one place that asks whether a person may do something to a newsroom
 * document: Strapi's own Content Manager permission checker, given the
 * document version as the Content Manager loads it (with whatever the role's
 * conditions look at, e.g. `createdBy` for "is creator"), so a newsroom
 * route allows exactly what the Content Manager allows, for the type, the
 * locale, the fields and the conditions.
 */
export const createAccessService = ({ strapi }: { strapi: Core.Strapi }) => {
  const contentManager = () => strapi.plugin('content-manager');
  const model = (uid: string) => strapi.getModel(uid as any) as any;
  const localized = (uid: string) => model(uid)?.pluginOptions?.i18n?.localized === true;
  const what = (uid: string) => String(model(uid)?.info?.displayName ?? uid).toLowerCase();

  const checker = (ability: Ability, uid: string) =>
    (contentManager().service('permission-checker') as any).create({ userAbility: ability, model: uid });

  /** What the role's conditions for `verb` need populated, as the Content Manager's controllers build it. */
  async function conditionPopulate(ability: Ability, uid: string, verb: AccessVerb) {
    const query = await checker(ability, uid).sanitizedQuery[verb]({});
    return ((await (contentManager().service('populate-builder') as any)(uid)
      .populateFromQuery(query)
      .build()) ?? {}) as Record<string, unknown>;
  }

  /** The document version a check is about, or null when it does not exist. */
  async function load(ability: Ability, verb: AccessVerb, ref: DocumentRef, populate: object = {}) {
    const forConditions = await conditionPopulate(ability, ref.uid, verb);
    return (strapi.documents(ref.uid as any) as any).findOne({
      documentId: ref.documentId,
      ...(localized(ref.uid) && ref.locale ? { locale: ref.locale } : {}),
      status: ref.status ?? 'draft',
      populate: { ...populate, ...forConditions },
    });
  }

  const refuse = (verb: AccessVerb, uid: string, locale: string | null, words: Words) =>
    new RuleError(
      refusal({ verb, what: what(uid), locale: localized(uid) ? locale : null, ...words }),
      [],
      'forbidden',
    );

  /** The reason `ability` may not `verb` the document, or null when it may (the document must exist). */
  async function reason(
    ability: Ability,
    verb: AccessVerb,
    ref: DocumentRef,
    options: Words & { populate?: object } = {},
  ): Promise<{ refused: RuleError | null; document: any }> {
    const check = checker(ability, ref.uid);
    if (check.cannot[verb]()) return { refused: refuse(verb, ref.uid, ref.locale, options), document: null };
    const document = await load(ability, verb, ref, options.populate);
    if (!document) return { refused: null, document: null };
    const refused = check.cannot[verb](document) ? refuse(verb, ref.uid, ref.locale, options) : null;
    return { refused, document };
  }

  return {
    isSuperAdmin,

    /**
     * Throws a 403 RuleError unless `ability` may `verb` the document; returns
     * the version it checked (null when there is none: the caller answers 404).
     */
    async assert(
      ability: Ability,
      verb: AccessVerb,
      ref: DocumentRef,
      options: Words & { populate?: object } = {},
    ) {
      const { refused, document } = await reason(ability, verb, ref, options);
      if (refused) throw refused;
      return document;
    },

    /** The sentence why not and the version checked (null: allowed, or no such version). */
    reason,

    /**
     * Refuses (403 naming the field) a write of any field the role may not
     * update on this version; the Content Manager would silently drop it,
     * here nothing is saved.
     */
    async assertWritable(ability: Ability, uid: string, document: any, data: Record<string, unknown>) {
      const kept = await checker(ability, uid).sanitizeUpdateInput(document)(data);
      const [field] = droppedPaths(data, kept);
      if (field) {
        throw new RuleError(
          refusal({
            verb: 'update',
            what: what(uid),
            field,
            locale: localized(uid) ? document?.locale : null,
            consequence: 'so nothing was saved',
          }),
          [field],
          'forbidden',
        );
      }
    },

    /** The document as the role may read it: fields it may not read are left out. */
    async readable(ability: Ability, uid: string, document: any): Promise<Record<string, unknown>> {
      return checker(ability, uid).sanitizeOutput(document);
    },

    /**
     * Which of these document versions the role may read (`field` of, when
     * given): keys `documentId:locale`. One query per locale, with what the
     * role's conditions need populated.
     */
    async readableKeys(
      ability: Ability,
      uid: string,
      refs: { documentId: string; locale: string | null }[],
      field?: string,
    ): Promise<Set<string>> {
      const allowed = new Set<string>();
      const check = checker(ability, uid);
      if (refs.length === 0 || check.cannot.read()) return allowed;
      const populate = await conditionPopulate(ability, uid, 'read');
      const byLocale = new Map<string | null, string[]>();
      for (const ref of refs) {
        const locale = localized(uid) ? ref.locale : null;
        byLocale.set(locale, [...(byLocale.get(locale) ?? []), ref.documentId]);
      }
      for (const [locale, ids] of byLocale) {
        const documents = await (strapi.documents(uid as any) as any).findMany({
          filters: { documentId: { $in: [...new Set(ids)] } },
          ...(locale ? { locale } : {}),
          status: 'draft',
          populate,
        });
        for (const document of documents) {
          if (check.can.read(document, field)) allowed.add(`${document.documentId}:${locale ?? ''}`);
        }
      }
      return allowed;
    },

    /** The ability of an admin user now (null when the account is gone or blocked), for checks outside a request. */
    async abilityOf(userId: number): Promise<Ability | null> {
      const user = await strapi.db
        .query('admin::user')
        .findOne({ where: { id: userId }, populate: ['roles'] });
      if (!user || user.isActive !== true || user.blocked === true) return null;
      return (strapi.service('admin::permission') as any).engine.generateUserAbility(user);
    },
  };
};

export type AccessService = ReturnType<typeof createAccessService>;
