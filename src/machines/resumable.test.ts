import { describe, expect, it } from 'vitest';
import { makeRunRecord, makeModule } from '../../tests/unit/fakes.ts';
import { resumable } from './resumable.ts';

describe('resumable', () => {
  const module = makeModule();
  const content = { scenario: async (id: string) => (id === module.scenario.id ? module : undefined), set: async () => undefined };

  it('a saved run at a decision the scenario has opens', async () => {
    expect(await resumable(content, 'run/coffee-chat', makeRunRecord())).toBe(true);
  });

  it.each([
    ['at a node that does not exist', makeRunRecord({ snapshot: { ...makeRunRecord().snapshot, value: 'nowhere' } })],
    ['on content that changed', makeRunRecord({ contentHash: 'other' })],
    ['of a scenario not here', makeRunRecord({ scenarioId: 'gone' })],
  ])('a saved run %s does not', async (_, record) => {
    expect(await resumable(content, `run/${record.scenarioId}`, record)).toBe(false);
  });
});
