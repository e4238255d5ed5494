import type { AudienceView } from '../../domain/workshop.ts';
import type { Messages } from '../../i18n/messages.ts';

/** The discussion prompt for the step on screen, worded from where the room went. */
export function discussionPrompt(view: AudienceView, t: Messages): string | undefined {
  const { focus, tally, reference } = view;
  if (!focus) return undefined;
  const counted = Object.values(tally ?? {}).some((n) => n > 0);
  if (!counted) return t.discussNobody;
  if (reference && focus.spread) return t.discussCalibration(focus.spread.low, focus.spread.high, reference.level);
  return t.discussScenario(focus.vote, focus.chosen.level, focus.best.letter, focus.best.level);
}
