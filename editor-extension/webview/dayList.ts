// A day's full list, opened by "+N more" (or Enter on a day): every publication of the day, in time
// order, each with its full id, channels, marks and thumbnail; ↑ ↓ move between them, Escape closes.
import { chip } from './chip';
import { button, h } from './dom';
import type { Words } from './i18n';
import { dayHeading, type Entry } from './model';

export function dayList(day: string, entries: readonly Entry[], open: (post: string) => void, close: () => void, words: Words): HTMLDialogElement {
  const heading = h('h2', { class: 'day-list-title', attrs: { id: 'day-list-title' } }, dayHeading(day, entries, words));
  const list = h('ul', { class: 'day-list-items', attrs: { role: 'list' } });
  for (const entry of entries) {
    list.append(h('li', {}, chip(entry, open, 'listed', words)));
  }
  const dialog = h(
    'dialog',
    { class: 'day-list', data: { day }, attrs: { 'aria-labelledby': 'day-list-title' } },
    h('div', { class: 'day-list-head' }, heading, button('×', close, { class: 'close', title: words.close, attrs: { 'aria-label': words.close } })),
    list,
  );
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  dialog.addEventListener('keydown', (e) => {
    const chips = [...list.querySelectorAll<HTMLElement>('.pub')];
    const at = chips.indexOf(document.activeElement as HTMLElement);
    const to = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? chips.length - 1 : undefined;
    if (to !== undefined) {
      e.preventDefault();
      chips[Math.max(0, Math.min(chips.length - 1, to))]?.focus();
    }
    e.stopPropagation();
  });
  // A click on the backdrop (outside the box) closes it.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) {
      const r = dialog.getBoundingClientRect();
      if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) {
        close();
      }
    }
  });
  return dialog;
}
