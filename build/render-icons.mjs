#!/usr/bin/env node
/**
 * Rasterizes icons/icon.svg to the PNG sizes the manifests name, with the same Chromium
 * the tests use. Run by hand after editing the SVG; the PNGs are committed so a build
 * needs no browser.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = await readFile(join(root, 'icons/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`);
  await page.screenshot({ path: join(root, `icons/icon-${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log('Wrote icons/icon-{16,32,48,128}.png');
