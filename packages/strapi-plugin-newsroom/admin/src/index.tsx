import { Stack } from '@strapi/icons';
import { hintMessages, translateEditViewHints } from './hints';
import { ArticlePanel } from './panel/ArticlePanel';
import { SeriesPanel } from './panel/SeriesPanel';
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
 * content-manager.components.<uid>.<field>), and the types' names, which the
 * Content Manager looks up by displayName ("Article"): registered without the prefix.
 */
const CONTENT_MANAGER_LABELS: Record<string, Load[]> = {
  en: [
    () => import('./translations/content-manager.en.json'),
    () => import('./translations/type-names.en.json'),
  ],
  de: [
    () => import('./translations/content-manager.de.json'),
    () => import('./translations/type-names.de.json'),
  ],
};

/** Prefixes each key with the plugin id, the way the admin's intl store expects plugin strings. */
const prefixed = (data: Messages) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Newsroom' });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      // The Content Manager already uses the feather; a stack of parts is the newsroom's.
      icon: Stack,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Newsroom' },
      permissions: PERMISSIONS.page,
      Component: () => import('./pages/App'),
    });
    // Strapi 5's homepage widgets (app.widgets.register, since 5.13).
    app.widgets?.register({
      id: 'schedule',
      pluginId: PLUGIN_ID,
      icon: Stack,
      title: { id: `${PLUGIN_ID}.widget.title`, defaultMessage: 'Newsroom schedule' },
      link: {
        label: { id: `${PLUGIN_ID}.widget.link`, defaultMessage: 'Open the calendar' },
        href: `/plugins/${PLUGIN_ID}?tab=calendar`,
      },
      component: async () => (await import('./widgets/ScheduleWidget')).ScheduleWidget,
      permissions: PERMISSIONS.scheduleRead,
    });
  },

  bootstrap(app: any) {
    const contentManager = app.getPlugin('content-manager');
    contentManager?.apis?.addEditViewSidePanel?.([ArticlePanel, SeriesPanel]);
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', translateEditViewHints);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = TRANSLATIONS[locale];
        const own = load ? prefixed((await load()).default) : {};
        const labels = Object.assign(
          {},
          ...(await Promise.all(
            (CONTENT_MANAGER_LABELS[locale] ?? []).map(async (l) => (await l()).default),
          )),
        );
        return { data: { ...labels, ...hintMessages(locale), ...own }, locale };
      }),
    );
  },
};
