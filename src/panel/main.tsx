import { render } from 'preact';
import { openStorage } from '../storage/index.js';
import { App } from './App.js';
import { resolveTabId } from './tab.js';

const root = document.getElementById('app');
if (root) render(<App tabId={resolveTabId(location.search)} store={openStorage()} />, root);
