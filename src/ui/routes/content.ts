import type { CalibrationModule, ScenarioModule } from '../../domain/catalog.ts';
import type { AppContext } from './app-context.ts';
import { RouteProblem } from './opening.svelte.ts';

/** The scenario a route names, or the route's problem: "no scenario called …". */
export async function scenarioOf(app: AppContext, scenarioId: string): Promise<ScenarioModule> {
  const module = await app.library.scenario(scenarioId);
  if (!module) throw new RouteProblem(app.locale.t.unknownScenario(scenarioId));
  return module;
}

/** The calibration set a route names, or the route's problem. */
export async function setOf(app: AppContext, setId: string): Promise<CalibrationModule> {
  const module = await app.library.set(setId);
  if (!module) throw new RouteProblem(app.locale.t.unknownSet(setId));
  return module;
}
