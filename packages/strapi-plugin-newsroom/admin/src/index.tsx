import { Feather } from '@strapi/icons';
import { ArticlePanel } from './panel/ArticlePanel';
import { PERMISSIONS, PLUGIN_ID } from './pluginId';

type Messages = Record<string, string>;
type Load = () => Promise<{ default: Messages }>;

const TRANSLATIONS: Record<string, Load> = {
  en: () => import('./translations/en.json'),
  de: () => import('./translations/de.json'),
};

/**
 * Labels of the newsroom fields in the Content Manager's generated views, under
 * the Content Manager's own keys (content-manager.content-types.<uid>.<field>,
 * content-manager.components.<uid>.<field>): registered without the prefix.
 */
const CONTENT_MANAGER_LABELS: Record<string, Load> = {
  en: () => import('./translations/content-manager.en.json'),
  de: () => import('./translations/content-manager.de.json'),
};

/** Prefixes each key with the plugin id, the way the admin's intl store expects plugin strings. */
const prefixed = (data: Messages) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Newsroom' });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Feather,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Newsroom' },
      permissions: PERMISSIONS.page,
      Component: () => import('./pages/App'),
    });
  },

  bootstrap(app: any) {
    const contentManager = app.getPlugin('content-manager');
    contentManager?.apis?.addEditViewSidePanel?.([ArticlePanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = TRANSLATIONS[locale];
        const loadLabels = CONTENT_MANAGER_LABELS[locale];
        const own = load ? prefixed((await load()).default) : {};
        const labels = loadLabels ? (await loadLabels()).default : {};
        return { data: { ...labels, ...own }, locale };
      }),
    );
  },
};
