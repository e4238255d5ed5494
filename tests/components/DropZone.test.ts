// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi as mock } from 'vitest';
import { trainerEn } from '../../src/i18n/trainer-en.ts';
import { trainerVi } from '../../src/i18n/trainer-vi.ts';
import { classStrings } from '../../src/ui/class-results/strings.ts';
import DropZone from '../../src/ui/shared/DropZone.svelte';
import { axeViolations } from './axe.ts';

/** jsdom has no DragEvent: a dragleave as a mouse event, which carries where the pointer went. */
const leave = (to: Element | null) => new MouseEvent('dragleave', { bubbles: true, relatedTarget: to });
const file = (name: string) => new File(['{}'], name, { type: 'application/json' });
const words = {
  en: { pack: { label: trainerEn.packChoose, hint: trainerEn.packDrop }, class: { label: classStrings.en.choose, hint: classStrings.en.drop } },
  vi: { pack: { label: trainerVi.packChoose, hint: trainerVi.packDrop }, class: { label: classStrings.vi.choose, hint: classStrings.vi.drop } },
};

describe.each(['en', 'vi'] as const)('DropZone in %s', (locale) => {
  const { pack, class: many } = words[locale];

  it('is a group named by its hint around a button named by its label, and accessible', async () => {
    const { container } = render(DropZone, { ...pack, accept: '.json', onfiles: () => {} });
    expect(screen.getByRole('group', { name: pack.hint })).toBeTruthy();
    expect(screen.getByLabelText(pack.label).getAttribute('type')).toBe('file');
    expect(container.textContent).toContain(pack.label);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is reached with Tab and gives the files chosen; one when single, all when multiple; the same file twice is read twice', async () => {
    const user = userEvent.setup();
    const onfiles = mock.fn();
    render(DropZone, { ...pack, accept: '.json', onfiles });
    await user.tab();
    const input = screen.getByLabelText(pack.label);
    expect(document.activeElement).toBe(input);
    const chosen = file('team.pack.json');
    await user.upload(input, chosen);
    await user.upload(input, chosen);
    expect(onfiles.mock.calls).toEqual([[[chosen]], [[chosen]]]);
  });

  it('gives every file chosen when multiple', async () => {
    const user = userEvent.setup();
    const onfiles = mock.fn();
    render(DropZone, { ...many, accept: '.json', multiple: true, onfiles });
    await user.tab();
    const input = screen.getByLabelText(many.label);
    expect(document.activeElement).toBe(input);
    expect(input.hasAttribute('multiple')).toBe(true);
    const chosen = [file('a.json'), file('b.json')];
    await user.upload(input, chosen);
    expect(onfiles).toHaveBeenCalledWith(chosen);
  });

  it('takes files dropped on it, marking the area while they are dragged over; a drop of no file does nothing', async () => {
    const onfiles = mock.fn();
    const { container } = render(DropZone, { ...many, accept: '.json', multiple: true, onfiles });
    const zone = screen.getByRole('group', { name: many.hint });
    await fireEvent.dragOver(zone);
    expect(zone.classList.contains('dragging')).toBe(true);
    // Over the button inside: still over the area.
    await fireEvent(zone, leave(container.querySelector('label')));
    expect(zone.classList.contains('dragging')).toBe(true);
    await fireEvent(zone, leave(document.body));
    expect(zone.classList.contains('dragging')).toBe(false);
    const dropped = [file('a.json'), file('b.json'), file('c.json')];
    await fireEvent.drop(zone, { dataTransfer: { files: dropped } });
    await fireEvent.drop(zone, { dataTransfer: { files: [] } });
    expect(onfiles.mock.calls).toEqual([[dropped]]);
    expect(zone.classList.contains('dragging')).toBe(false);
  });

  it('gives only the first of several files dropped when single', async () => {
    const onfiles = mock.fn();
    render(DropZone, { ...pack, accept: '.json', onfiles });
    const dropped = [file('a.json'), file('b.json')];
    await fireEvent.drop(screen.getByRole('group', { name: pack.hint }), { dataTransfer: { files: dropped } });
    expect(onfiles).toHaveBeenCalledWith([dropped[0]]);
  });
});
