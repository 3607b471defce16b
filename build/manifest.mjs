/**
 * Generates each browser's manifest from the root manifest.json: Chrome/Edge get the
 * side panel and a service worker, Firefox the sidebar, background scripts and gecko
 * settings. The version always comes from package.json.
 */

/** @param {Record<string, any>} base @param {'chrome' | 'firefox'} target @param {string} version */
export function manifestFor(base, target, version) {
  const manifest = structuredClone(base);
  delete manifest['//'];
  manifest.version = version;
  for (const entry of [...(manifest.content_scripts ?? []), ...(manifest.web_accessible_resources ?? [])]) {
    if (entry.matches?.[0] === '@host_permissions') entry.matches = [...manifest.host_permissions];
  }
  if (target === 'chrome') {
    delete manifest.sidebar_action;
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: base.background.service_worker };
  } else {
    delete manifest.side_panel;
    delete manifest.minimum_chrome_version;
    manifest.permissions = manifest.permissions.filter((/** @type {string} */ p) => p !== 'sidePanel');
    manifest.background = { scripts: base.background.scripts };
    // Firefox rejects use_dynamic_url; its moz-extension:// UUID is already random per install.
    for (const entry of manifest.web_accessible_resources ?? []) delete entry.use_dynamic_url;
  }
  return manifest;
}
