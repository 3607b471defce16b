import { render } from 'preact';
import { panelLink } from '../messages/links.js';
import { browserMessaging } from '../platform/messaging.js';
import { openStorage } from '../storage/index.js';
import { App } from './App.js';
import { resolveTabId } from './tab.js';

const root = document.getElementById('app');
if (root) render(<App tabId={resolveTabId(location.search)} store={openStorage()} link={panelLink(browserMessaging)} />, root);
