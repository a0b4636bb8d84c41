import fs from 'fs';
import { createRequire } from 'module';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { NEWSROOM_TYPES } from './uids';

/**
 * Scheduling, permalinks and the read API are built on draft & publish: an app
 * that turned it off for a newsroom type (in src/extensions) is told so at start.
 */
export function assertDraftAndPublish(strapi: Core.Strapi) {
  const without = NEWSROOM_TYPES.filter((uid) => strapi.contentType(uid)?.options?.draftAndPublish !== true);
  if (without.length) {
    throw new Error(
      `The newsroom plugin needs draft & publish on ${without.join(', ')}; it is turned off (check src/extensions/newsroom).`,
    );
  }
}

const realpath = (file: string) => fs.realpathSync(file);

/**
 * Strapi answers an error with its status only when it is an instance of
 * Strapi's own error classes. A plugin installed from a linked folder resolves
 * `@strapi/utils` from that folder's tree, a second copy, and every 400 and
 * 404 it throws would become a 500: refuse to start instead, with the fix.
 */
export function assertOneStrapiUtils(strapi: Core.Strapi) {
  // Strapi loads the CommonJS build; the ES module build has no require to ask.
  if (typeof require !== 'function') return;
  const ours = require.resolve('@strapi/utils');
  const appRequire = createRequire(path.join(strapi.dirs.app.root, 'package.json'));
  const core = appRequire.resolve('@strapi/core');
  const theirs = createRequire(core).resolve('@strapi/utils');
  if (realpath(ours) === realpath(theirs)) return;
  const folder = (file: string) => realpath(file).replace(/\/dist\/.*$/, '');
  throw new Error(
    `strapi-plugin-newsroom loads a second copy of @strapi/utils (${folder(ours)}) beside Strapi's own (${folder(theirs)}), ` +
      'so the errors it throws would reach clients as 500s. Install the plugin from the npm registry or from a packed ' +
      'tarball (npm pack), not from a linked folder, or make both resolve one copy.',
  );
}
