import correction from './correction.json';
import milestone from './milestone.json';
import page from './page.json';
import plannedPart from './planned-part.json';

/**
 * The plugin's components, registered under the "newsroom" category in
 * `register` (Strapi only discovers components in the app's own folder).
 */
const schemas: Record<string, object> = {
  page,
  correction,
  'planned-part': plannedPart,
  milestone,
};

export function componentDefinitions(): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const uid = `newsroom.${name}`;
    const copy = JSON.parse(JSON.stringify(schema));
    out[uid] = {
      ...copy,
      __schema__: JSON.parse(JSON.stringify(schema)),
      uid,
      category: 'newsroom',
      modelType: 'component',
      modelName: name,
      globalId: `ComponentNewsroom${name
        .split('-')
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('')}`,
    };
  }
  return out;
}
