'use strict';
// Debian's Chromium, launched the way these machines allow: no sandbox (root),
// no GPU, and none of the background connections a closed network refuses.
// CHROMIUM=/path overrides the browser.
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const launchChromium = () =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

module.exports = { CHROMIUM, launchChromium };
