import { mount } from 'svelte';
import { loadCatalog } from 'virtual:content';
import { LocaleState } from './i18n/locale.svelte.ts';
import { startOpening } from './storage/database.ts';
import { describeError } from './storage/notices.ts';
import App from './ui/App.svelte';
import './ui/app.css';

const target = document.getElementById('app')!;

// No top-level await: lazy chunks import what they share from this entry's chunk (see
// tools/vite-plugin-start-chunks.ts), and a chunk loaded while the entry still awaited would wait for it forever.
// Four things start together, none waiting for another: the database opening, then the strings,
// storage and the scenarios' catalog, each a chunk of its own. The shell (header, language,
// "Loading…") paints once the strings are in; the start screen waits for storage and the catalog,
// as every route waits for its content.
const database = startOpening();
const strings = LocaleState.load();
const scenarios = loadCatalog();
// Its failure is the library's to report, when a route reads it; not an unhandled rejection before.
scenarios.catch(() => {});
const stores = import('./ui/stores.ts').then((m) => m.openStores(database, scenarios));
strings.then(
  (locale) => mount(App, { target, props: { stores, locale } }),
  // The strings could not load (a chunk missing after an update, the network gone before the app
  // was cached): say so in both languages rather than leave a blank page.
  (error: unknown) => {
    console.error(error);
    const main = document.createElement('main');
    main.appendChild(document.createElement('h1')).textContent = 'Interview roleplay · Luyện phỏng vấn nhập vai';
    const alert = main.appendChild(document.createElement('div'));
    alert.setAttribute('role', 'alert');
    const say = (text: string, lang?: string) => Object.assign(alert.appendChild(document.createElement('p')), { textContent: text, ...(lang ? { lang } : {}) });
    say('The app could not start. Reload the page; what you saved in this browser is kept.', 'en');
    say('Ứng dụng không khởi động được. Hãy tải lại trang; những gì bạn đã lưu trong trình duyệt này vẫn còn.', 'vi');
    say(describeError(error)).className = 'muted';
    target.replaceChildren(main);
  },
);
