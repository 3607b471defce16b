import { render } from 'preact';
import { openStorage } from '../storage/index.js';
import { OptionsApp } from './App.js';

const root = document.getElementById('app');
if (root) render(<OptionsApp store={openStorage()} />, root);
