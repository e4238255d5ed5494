import type { Component } from 'svelte';
import type { Route } from '../router.ts';
import type { AppContext } from './app-context.ts';

type RouteName = Route['name'];
/** A route's module: a component given its route and the app. */
export type RouteComponent<N extends RouteName = RouteName> = Component<{ route: Extract<Route, { name: N }>; app: AppContext }>;

/**
 * Every route but the start screen, each a chunk of its own loaded when the route is
 * entered: the first load carries neither XState, nor the scoring, nor any other screen.
 * Adding a route: its case in router.ts, its module here, its file beside this one.
 */
export const routeModules: { [N in Exclude<RouteName, 'start'>]: () => Promise<{ default: RouteComponent<N> }> } = {
  play: () => import('./PlayRoute.svelte'),
  report: () => import('./ReportRoute.svelte'),
  graph: () => import('./GraphRoute.svelte'),
  progress: () => import('./ProgressRoute.svelte'),
  'calibration-list': () => import('./CalibrationListRoute.svelte'),
  'calibration-round': () => import('./CalibrationRoundRoute.svelte'),
  panel: () => import('./PanelRoute.svelte'),
  handout: () => import('./HandoutRoute.svelte'),
  trainer: () => import('./TrainerRoute.svelte'),
  'class-results': () => import('../class-results/ClassResultsRoute.svelte'),
  workshop: () => import('./WorkshopRoute.svelte'),
  audience: () => import('./AudienceRoute.svelte'),
  guide: () => import('./GuideRoute.svelte'),
  'how-levels': () => import('./HowLevelsRoute.svelte'),
  practise: () => import('../practice/PracticeRoute.svelte'),
  editor: () => import('../editor/EditorRoute.svelte'),
};
