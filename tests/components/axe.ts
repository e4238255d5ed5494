import axe from 'axe-core';

/** axe in jsdom: everything but the rules jsdom cannot compute (colour contrast needs layout). */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help}`);
}
