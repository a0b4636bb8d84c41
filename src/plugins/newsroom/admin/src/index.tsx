import { Feather } from '@strapi/icons';
import { ArticlePanel } from './panel/ArticlePanel';
import { PERMISSIONS, PLUGIN_ID } from './pluginId';

const TRANSLATIONS: Record<string, () => Promise<{ default: Record<string, string> }>> = {
  en: () => import('./translations/en.json'),
  de: () => import('./translations/de.json'),
};

/** Prefixes each key with the plugin id, the way the admin's intl store expects plugin strings. */
const prefixed = (data: Record<string, string>) =>
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
        if (!load) return { data: {}, locale };
        const { default: data } = await load();
        return { data: prefixed(data), locale };
      }),
    );
  },
};
