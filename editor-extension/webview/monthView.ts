// The month: an ARIA grid of weeks (rows) of days (cells), Monday first, each day with its first
// publications and "+N more" that opens the day's full list. One element of the grid is in the Tab
// order (roving tabindex); the arrow keys move inside it (gridNav).
import { addDays, addMonths, dayOfMonth, spokenDay, startOfMonth, startOfWeek } from './dates';
import { chip } from './chip';
import { button, h } from './dom';
import type { Position } from './gridNav';
import type { Words } from './i18n';
import type { Entry } from './model';

const SHOWN_PER_DAY = 3;

export interface MonthActions {
  readonly open: (post: string) => void;
  readonly showWeek: (day: string) => void;
  readonly showDay: (day: string) => void;
}

/** The days of the month's grid: whole weeks, Monday to Sunday, 4 to 6 rows. */
export function gridDays(anchor: string): string[] {
  const first = startOfMonth(anchor);
  const end = addDays(startOfWeek(addDays(addMonths(first, 1), -1)), 6);
  const days: string[] = [];
  for (let day = startOfWeek(first); day <= end; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}

/** How many focusable things a day holds: its shown publications, and "+N more". */
export function focusableCount(entries: readonly Entry[]): number {
  return Math.min(entries.length, SHOWN_PER_DAY) + (entries.length > SHOWN_PER_DAY ? 1 : 0);
}

/** The element at a position in a rendered grid. */
export function elementAt(grid: HTMLElement, at: Position): HTMLElement | null {
  const cell = grid.querySelector<HTMLElement>(`[role="gridcell"][data-day="${at.day}"]`);
  return at.index < 0 ? cell : (cell?.querySelectorAll<HTMLElement>('[data-index]')[at.index] ?? cell);
}

export function monthView(anchor: string, today: string, days: Map<string, Entry[]>, title: string, actions: MonthActions, words: Words): HTMLElement {
  const month = anchor.slice(0, 7);
  const grid = h('div', { class: 'month', attrs: { role: 'grid', 'aria-label': words.calendar(title) } });
  grid.append(h('div', { class: 'week-row', attrs: { role: 'row' } }, ...words.weekdays.map((name, i) => h('div', { class: 'weekday', attrs: { role: 'columnheader', 'aria-label': words.weekdaysLong[i] } }, name))));
  const all = gridDays(anchor);
  for (let w = 0; w < all.length; w += 7) {
    const row = h('div', { class: 'week-row', attrs: { role: 'row' } });
    for (const day of all.slice(w, w + 7)) {
      const entries = days.get(day) ?? [];
      const count = entries.reduce((n, e) => n + e.items.length, 0);
      const classes = ['day', day.slice(0, 7) === month ? '' : 'outside', day === today ? 'today' : '', entries.some((i) => i.late) ? 'has-late' : ''].filter(Boolean).join(' ');
      const cell = h(
        'div',
        {
          class: classes,
          data: { day },
          attrs: { role: 'gridcell', tabindex: '-1', 'aria-label': count ? `${spokenDay(day, words)}, ${words.publications(count)}` : spokenDay(day, words), ...(day === today ? { 'aria-current': 'date' } : {}) },
        },
        h('div', { class: 'day-number' }, button(String(dayOfMonth(day)), () => actions.showWeek(day), { class: 'link', title: words.showWeek, attrs: { tabindex: '-1', 'aria-hidden': 'true' } })),
      );
      entries.slice(0, SHOWN_PER_DAY).forEach((entry, i) => {
        const el = chip(entry, actions.open, 'compact', words);
        el.tabIndex = -1;
        el.dataset.index = String(i);
        cell.append(el);
      });
      if (entries.length > SHOWN_PER_DAY) {
        const more = button(words.more(entries.length - SHOWN_PER_DAY), () => actions.showDay(day), { class: 'more link', attrs: { tabindex: '-1', 'aria-haspopup': 'dialog' } });
        more.dataset.index = String(SHOWN_PER_DAY);
        cell.append(more);
      }
      row.append(cell);
    }
    grid.append(row);
  }
  return grid;
}
