import { mount } from 'svelte';
import { openRepository } from './storage/repository.ts';
import App from './ui/App.svelte';
import './ui/app.css';

const repository = await openRepository();
mount(App, { target: document.getElementById('app')!, props: { repository } });
