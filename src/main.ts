import { mount } from 'svelte';
import { LocaleState } from './i18n/locale.svelte.ts';
import { describeError } from './storage/notices.ts';
import App from './ui/App.svelte';
import './ui/app.css';

const target = document.getElementById('app')!;

// No top-level await: lazy chunks import what they share from this entry's chunk (see
// tools/vite-plugin-start-chunks.ts), and a chunk loaded while the entry still awaited would wait for it forever.
// Storage opens beside the strings, in a chunk of its own: the shell (header, language, "Loading…")
// paints without it, and the route waits for it as it waits for its content.
const stores = import('./ui/stores.ts').then((m) => m.openStores());
LocaleState.load().then(
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
