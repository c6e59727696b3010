import { render } from 'preact';
import { App } from './app';
import { initialLang, loadCatalog } from './i18n/i18n';

const root = document.getElementById('app');
// A reader who chose English before sees the first page in English, not Swedish first.
if (root) void loadCatalog(initialLang()).then(() => render(<App />, root));
