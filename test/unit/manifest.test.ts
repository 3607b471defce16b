import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../build/manifest.mjs';

const root = join(import.meta.dirname, '../..');
const base = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const BUREAU_HOSTS = ['commerce.gov', 'bis.gov', 'bis.doc.gov', 'census.gov', 'bea.gov', 'trade.gov', 'ntia.gov', 'ntia.doc.gov', 'noaa.gov', 'nist.gov', 'uspto.gov', 'eda.gov', 'mbda.gov'];

describe('generated manifests', () => {
  it('gives Chrome/Edge a service worker, the side panel and Chrome 116', () => {
    const m = manifestFor(base, 'chrome', '1.2.3');
    expect(m).toMatchObject({ manifest_version: 3, version: '1.2.3', background: { service_worker: 'background.js' }, side_panel: { default_path: 'panel.html' }, minimum_chrome_version: '116' });
    expect(m.permissions).toContain('sidePanel');
    expect(m).not.toHaveProperty('sidebar_action');
    expect(m).not.toHaveProperty('browser_specific_settings');
  });

  it('gives Firefox background scripts, the sidebar and gecko settings', () => {
    const m = manifestFor(base, 'firefox', '1.2.3');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.sidebar_action.default_panel).toBe('panel.html');
    expect(m.browser_specific_settings.gecko).toMatchObject({ strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } });
    expect(m.permissions).not.toContain('sidePanel');
    expect(m).not.toHaveProperty('side_panel');
  });

  it('asks for the Commerce hosts and nothing broader, and runs the content script on exactly those', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m = manifestFor(base, target, '1.0.0');
      expect(m.host_permissions).toEqual(BUREAU_HOSTS.map((h) => `https://*.${h}/*`));
      expect(m.content_scripts[0].matches).toEqual(m.host_permissions);
      const atInstall = { permissions: m.permissions, host_permissions: m.host_permissions, content_scripts: m.content_scripts };
      expect(JSON.stringify(atInstall)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\//);
    }
  });

  it('asks for the archives and user-enabled sites only at runtime, one site at a time', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m = manifestFor(base, target, '1.0.0');
      expect(m.optional_host_permissions).toEqual(['https://web.archive.org/*', 'https://webarchive.library.unt.edu/*', 'https://*/*', 'http://*/*']);
      expect(m.permissions).toContain('scripting');
    }
  });

  it('lets only the Commerce hosts fetch the glossary, through a dynamic URL where the browser has one', () => {
    const chrome = manifestFor(base, 'chrome', '1.0.0');
    expect(chrome.web_accessible_resources).toEqual([{ resources: ['glossary.json'], matches: chrome.host_permissions, use_dynamic_url: true }]);
    const firefox = manifestFor(base, 'firefox', '1.0.0');
    expect(firefox.web_accessible_resources).toEqual([{ resources: ['glossary.json'], matches: firefox.host_permissions }]);
  });
});
