import { mount } from 'svelte';
import { LocaleState } from './i18n/locale.svelte.ts';
import { openRepository } from './storage/repository.ts';
import App from './ui/App.svelte';
import './ui/app.css';

const [repository, locale] = await Promise.all([openRepository(), LocaleState.load()]);
mount(App, { target: document.getElementById('app')!, props: { repository, locale } });
