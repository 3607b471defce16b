import { render } from 'preact';
import { openStorage } from '../storage/index.js';
import { App } from './App.js';

const root = document.getElementById('app');
if (root) render(<App store={openStorage()} />, root);
