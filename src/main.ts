import { mount } from 'svelte';
import { LocaleState } from './i18n/locale.svelte.ts';
import { openRepository } from './storage/repository.ts';
import App from './ui/App.svelte';
import './ui/app.css';

// No top-level await: lazy chunks import what they share from this entry's chunk (see
// tools/vite-plugin-first-load.ts), and a chunk loaded while the entry still awaited would wait for it forever.
void Promise.all([openRepository(), LocaleState.load()]).then(([repository, locale]) => {
  mount(App, { target: document.getElementById('app')!, props: { repository, locale } });
});
