export type Route =
  | { name: 'start' }
  | { name: 'play'; scenarioId: string; practice?: boolean; timed?: boolean }
  | { name: 'report'; resultId: string }
  | { name: 'graph'; scenarioId: string }
  | { name: 'progress' }
  | { name: 'calibration-list' }
  | { name: 'calibration-round'; setId: string }
  | { name: 'panel'; setId: string }
  // Handouts: `id` is a scenario id for a sheet or key, a calibration set id for a rating sheet;
  // `from` is where the trainer opened it, for the way back (the trainer's page unless said).
  | { name: 'handout'; kind: HandoutKind; id: string; from?: 'graph' }
  | { name: 'trainer' }
  /** The trainer's class results: the files a class sent back, read on the page. */
  | { name: 'class-results' }
  /** The presenter's window of a workshop on a scenario or a calibration set. */
  | { name: 'workshop'; kind: 'scenario' | 'calibration'; id: string }
  /** The projector's window: follows whichever workshop the presenter runs. */
  | { name: 'audience' }
  /** The authoring guide for scenario packs, opened on a heading's id if given. */
  | { name: 'guide'; section?: string }
  /** For a candidate: how the report's level is worked out, in plain words; `resultId` is the report to go back to. */
  | { name: 'how-levels'; resultId?: string }
  /** Question practice: the list, or one round on a calibration set's question (`setId`). */
  | { name: 'practise'; setId?: string }
  /** The trainer's drafts, or one draft open in the editor. */
  | { name: 'editor'; draftId?: string };

// Handouts
export const HANDOUT_KINDS = ['sheet', 'key', 'rating'] as const;
export type HandoutKind = (typeof HANDOUT_KINDS)[number];
const isHandoutKind = (s: string | undefined): s is HandoutKind => HANDOUT_KINDS.includes(s as HandoutKind);

/** Hash routes, so a reload lands on the same screen and a static host needs no rewrites. */
export function parseHash(hash: string): Route {
  const [name, id, extra, from] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (name === 'play' && id) {
    if (extra === 'practice') return { name: 'play', scenarioId: id, practice: true };
    if (extra === 'timed') return { name: 'play', scenarioId: id, timed: true };
    return { name: 'play', scenarioId: id };
  }
  if (name === 'report' && id) return { name: 'report', resultId: id };
  if (name === 'graph' && id) return { name: 'graph', scenarioId: id };
  if (name === 'progress') return { name: 'progress' };
  if (name === 'calibrate') return id ? { name: 'calibration-round', setId: id } : { name: 'calibration-list' };
  if (name === 'panel' && id) return { name: 'panel', setId: id };
  // Handouts
  if (name === 'handout' && isHandoutKind(id) && extra) return { name: 'handout', kind: id, id: extra, ...(from === 'graph' ? { from } : {}) };
  if (name === 'trainer') return { name: 'trainer' };
  if (name === 'class-results') return { name: 'class-results' };
  if (name === 'workshop' && (id === 'scenario' || id === 'calibration') && extra) return { name: 'workshop', kind: id, id: extra };
  if (name === 'audience') return { name: 'audience' };
  if (name === 'guide') return id ? { name: 'guide', section: id } : { name: 'guide' };
  if (name === 'how-levels') return id ? { name: 'how-levels', resultId: id } : { name: 'how-levels' };
  if (name === 'practise') return id ? { name: 'practise', setId: id } : { name: 'practise' };
  if (name === 'editor') return id ? { name: 'editor', draftId: id } : { name: 'editor' };
  return { name: 'start' };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'play':
      return `#/play/${encodeURIComponent(route.scenarioId)}${route.practice ? '/practice' : route.timed ? '/timed' : ''}`;
    case 'report':
      return `#/report/${encodeURIComponent(route.resultId)}`;
    case 'graph':
      return `#/graph/${encodeURIComponent(route.scenarioId)}`;
    case 'progress':
      return '#/progress';
    case 'calibration-list':
      return '#/calibrate';
    case 'calibration-round':
      return `#/calibrate/${encodeURIComponent(route.setId)}`;
    case 'panel':
      return `#/panel/${encodeURIComponent(route.setId)}`;
    // Handouts
    case 'handout':
      return `#/handout/${route.kind}/${encodeURIComponent(route.id)}${route.from ? `/${route.from}` : ''}`;
    case 'trainer':
      return '#/trainer';
    case 'class-results':
      return '#/class-results';
    case 'workshop':
      return `#/workshop/${route.kind}/${encodeURIComponent(route.id)}`;
    case 'audience':
      return '#/audience';
    case 'guide':
      return `#/guide${route.section ? `/${encodeURIComponent(route.section)}` : ''}`;
    case 'how-levels':
      return `#/how-levels${route.resultId ? `/${encodeURIComponent(route.resultId)}` : ''}`;
    case 'practise':
      return `#/practise${route.setId ? `/${encodeURIComponent(route.setId)}` : ''}`;
    case 'editor':
      return `#/editor${route.draftId ? `/${encodeURIComponent(route.draftId)}` : ''}`;
  }
}
