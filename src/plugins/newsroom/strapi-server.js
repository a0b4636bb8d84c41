'use strict';

// Strapi loads plain JavaScript only: the TypeScript server is compiled by the
// app's `tsc` (npm run compile / strapi build) into dist/.
const path = require('path');

const compiled = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'dist',
  'src',
  'plugins',
  'newsroom',
  'server',
  'src',
);
module.exports = require(compiled).default;
