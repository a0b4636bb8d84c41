'use strict';
/**
 * Lets the plain-JavaScript scripts use a pure function of the plugin's
 * TypeScript source (domain/ only: no Strapi in it) without a build step:
 * .ts files under packages/ are compiled with swc as they are required.
 */
const fs = require('fs');
const path = require('path');
const { transformSync } = require('@swc/core');

const ROOT = path.resolve(__dirname, '..', '..');
const PLUGIN = path.join(ROOT, 'packages', 'strapi-plugin-newsroom');
const options = JSON.parse(fs.readFileSync(path.join(ROOT, '.swcrc'), 'utf8'));

for (const extension of ['.ts', '.tsx']) {
  require.extensions[extension] = (module, filename) => {
    const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename, swcrc: false });
    module._compile(code, filename);
  };
}

/** Requires a module of the plugin's server source, e.g. pluginSource('domain/schedule'). */
module.exports = (relative) => require(path.join(PLUGIN, 'server', 'src', relative));
