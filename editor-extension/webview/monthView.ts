// The month: a Monday-first grid of days, each with its publications (the first few, then "+N more").
import { WEEKDAYS, addDays, addMonths, dayOfMonth, startOfMonth, startOfWeek } from './dates';
import { chip } from './chip';
import { button, h } from './dom';
import type { Entry } from './model';

const SHOWN_PER_DAY = 3;

export interface MonthActions {
  readonly open: (post: string) => void;
  readonly showWeek: (day: string) => void;
}

export function monthView(anchor: string, today: string, days: Map<string, Entry[]>, actions: MonthActions): HTMLElement {
  const first = startOfMonth(anchor);
  const month = first.slice(0, 7);
  const gridStart = startOfWeek(first);
  const grid = h('div', { class: 'month', attrs: { role: 'grid' } });
  for (const name of WEEKDAYS) {
    grid.append(h('div', { class: 'weekday', attrs: { role: 'columnheader' } }, name));
  }
  // Whole weeks, Monday to Sunday, covering the month: 4 to 6 rows.
  const gridEnd = addDays(startOfWeek(addDays(addMonths(first, 1), -1)), 6);
  for (let day = gridStart; day <= gridEnd; day = addDays(day, 1)) {
    const items = days.get(day) ?? [];
    const classes = ['day', day.slice(0, 7) === month ? '' : 'outside', day === today ? 'today' : '', items.some((i) => i.late) ? 'has-late' : '']
      .filter(Boolean)
      .join(' ');
    const cell = h(
      'div',
      { class: classes, data: { day }, attrs: { role: 'gridcell' } },
      h('div', { class: 'day-number' }, button(String(dayOfMonth(day)), () => actions.showWeek(day), { class: 'link', title: 'Show this week' })),
    );
    for (const item of items.slice(0, SHOWN_PER_DAY)) {
      cell.append(chip(item, actions.open, 'compact'));
    }
    if (items.length > SHOWN_PER_DAY) {
      cell.append(button(`+${items.length - SHOWN_PER_DAY} more`, () => actions.showWeek(day), { class: 'more link' }));
    }
    grid.append(cell);
  }
  return grid;
}
