import { type EditView, hintLanguages } from '../../../shared/edit-views';

/** The part of a Content Manager configuration (content type or component) an edit view touches. */
export interface CmConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: Array<Array<{ name: string; size: number }>> };
}

/** Attribute name -> type, as the Content Manager's model of the type has them. */
export type AttributeTypes = Record<string, { type: string }>;

/** Which version of each type's view has been applied (kept in the plugin store). */
export type AppliedViews = Record<string, number>;

const ROW = 12;
/** Types the Content Manager only lays out across the whole row. */
const FULL_WIDTH = new Set(['component', 'dynamiczone', 'json', 'richtext', 'blocks']);

const sizeFor = (type: string, size: number) =>
  FULL_WIDTH.has(type) ? ROW : Math.min(Math.max(size, 1), ROW);

/** Splits rows wider than 12 columns where they overflow. */
function fitRows(rows: Array<Array<{ name: string; size: number }>>) {
  const out: Array<Array<{ name: string; size: number }>> = [];
  for (const row of rows) {
    let current: Array<{ name: string; size: number }> = [];
    let used = 0;
    for (const field of row) {
      if (used + field.size > ROW && current.length > 0) {
        out.push(current);
        current = [];
        used = 0;
      }
      current.push(field);
      used += field.size;
    }
    if (current.length > 0) out.push(current);
  }
  return out;
}

/** The views whose current version has not been applied yet. */
export function pendingEditViews(views: readonly EditView[], applied: AppliedViews): EditView[] {
  return views.filter((view) => (applied[view.uid] ?? 0) < view.version);
}

/** Reads the stored record leniently: anything that is not a number counts as never applied. */
export function appliedViews(stored: unknown): AppliedViews {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const out: AppliedViews = {};
  for (const [uid, version] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof version === 'number' && Number.isFinite(version)) out[uid] = version;
  }
  return out;
}

/**
 * The configuration with the view put in: its rows become the edit layout,
 * followed by every field of the current layout the view does not mention,
 * each in a row of its own; names that are not attributes are dropped. The
 * view's main fields, read-only and visibility flags are set; its
 * descriptions (the English sentence) and placeholders only fill empty ones,
 * or replace the bilingual text an earlier version of the plugin stored, so
 * an editor's own text is kept. A view with list columns sets the list
 * layout (relations show their mainField there too); otherwise it stays.
 * Pure: the input is not changed.
 */
export function mergeEditView(
  view: EditView,
  current: CmConfiguration,
  attributes: AttributeTypes,
): CmConfiguration {
  const isAttribute = (name: string) => Object.prototype.hasOwnProperty.call(attributes, name);

  const viewRows = view.rows.map((row) =>
    row
      .filter((field) => isAttribute(field.name))
      .map((field) => ({ name: field.name, size: sizeFor(attributes[field.name].type, field.size) })),
  );
  const mentioned = new Set(viewRows.flat().map((field) => field.name));
  const kept = current.layouts.edit
    .flat()
    .filter((field) => isAttribute(field.name) && !mentioned.has(field.name))
    .filter((field, index, all) => all.findIndex((other) => other.name === field.name) === index)
    .map((field) => [{ name: field.name, size: sizeFor(attributes[field.name].type, field.size) }]);
  const edit = fitRows([...viewRows, ...kept]);

  const metadatas: CmConfiguration['metadatas'] = {};
  for (const [name, metadata] of Object.entries(current.metadatas)) {
    metadatas[name] = { ...metadata, edit: { ...metadata.edit }, list: { ...metadata.list } };
  }
  for (const [name, field] of Object.entries(view.fields)) {
    const metadata = metadatas[name];
    if (!isAttribute(name) || !metadata) continue;
    const blank = (key: string) => typeof metadata.edit[key] !== 'string' || metadata.edit[key] === '';
    if (
      field.description !== undefined &&
      (blank('description') || metadata.edit.description === field.description)
    )
      metadata.edit.description = hintLanguages(field.description).en;
    if (field.placeholder !== undefined && blank('placeholder'))
      metadata.edit.placeholder = field.placeholder;
    if (field.mainField !== undefined && attributes[name].type === 'relation') {
      metadata.edit.mainField = field.mainField;
    }
    if (field.editable !== undefined) metadata.edit.editable = field.editable;
    if (field.visible !== undefined) metadata.edit.visible = field.visible;
    if (field.mainField !== undefined && attributes[name].type === 'relation' && view.list?.includes(name))
      metadata.list.mainField = field.mainField;
  }
  const list = view.list ? view.list.filter(isAttribute) : [...current.layouts.list];

  const settings = { ...current.settings };
  if (view.mainField !== undefined && isAttribute(view.mainField)) settings.mainField = view.mainField;

  return {
    settings,
    metadatas,
    layouts: { ...current.layouts, list, edit },
  };
}
