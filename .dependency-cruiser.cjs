/**
 * Architecture rules (DESIGN.md, STYLE.md): the domain is plain TypeScript; machines
 * and storage never reach into the UI; no import cycles. `npm run check:arch` fails on
 * any violation.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain/ holds formats, rules and statistics: no Svelte, no DOM code, nothing of ui/, machines/ or storage/.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: ['^src/(ui|machines|storage)/', '\\.svelte$', '(^|/)node_modules/svelte/', '(^|/)node_modules/idb-keyval/'] },
    },
    {
      name: 'no-ui-below',
      comment: 'Machines and storage are used by the UI, never the other way round.',
      severity: 'error',
      from: { path: '^src/(machines|storage)/' },
      to: { path: ['^src/ui/', '\\.svelte$'] },
    },
    {
      name: 'routes-from-the-shell',
      comment: 'Route modules (src/ui/routes/, or a feature folder\'s *Route.svelte) are mounted by the shell (CurrentRoute.svelte, below App.svelte\'s header); screens render state and never reach up into a route.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/ui/CurrentRoute\\.svelte$', '^src/ui/routes/', '^src/ui/[a-z-]+/[A-Za-z]+(Route|Page)\\.svelte$'] },
      to: { path: '^src/ui/routes/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
