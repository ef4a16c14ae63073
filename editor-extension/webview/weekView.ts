// The week: seven columns on a time axis, each publication at its local time; simultaneous ones side
// by side, at most MAX_LANES wide: what does not fit is "+N more", which opens the day's full list.
import { addDays, dayOfMonth } from './dates';
import { chip } from './chip';
import { button, h } from './dom';
import type { Words } from './i18n';
import type { Entry } from './model';

const HOUR_PX = 56;
/** How long a chip stands for on the axis, to decide which ones overlap. */
const SLOT_MINUTES = 40;
/** Side by side beyond this, chips become slivers that show nothing. */
const MAX_LANES = 2;

/** Lanes for one day's items: an item goes into the first lane free at its time. */
function lanes(items: readonly Entry[]): { lane: Map<Entry, number>; count: number } {
  const ends: number[] = [];
  const lane = new Map<Entry, number>();
  for (const item of items) {
    let index = ends.findIndex((end) => end <= item.minutes);
    if (index < 0) {
      index = ends.length;
      ends.push(0);
    }
    ends[index] = item.minutes + SLOT_MINUTES;
    lane.set(item, index);
  }
  return { lane, count: Math.max(1, ends.length) };
}

/** Runs of entries that overlap on the axis (each starts before the run's last one ends). */
function clusters(items: readonly Entry[]): Entry[][] {
  const runs: Entry[][] = [];
  let end = -1;
  for (const item of items) {
    if (runs.length === 0 || item.minutes >= end) {
      runs.push([]);
    }
    runs[runs.length - 1].push(item);
    end = Math.max(end, item.minutes + SLOT_MINUTES);
  }
  return runs;
}

export interface WeekActions {
  readonly open: (post: string) => void;
  readonly showDay: (day: string) => void;
}

export function weekView(monday: string, today: string, days: Map<string, Entry[]>, actions: WeekActions, words: Words): HTMLElement {
  const week = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const all = week.flatMap((d) => days.get(d) ?? []);
  // The hours shown: those with publications, with an hour of air; office hours for an empty week.
  const firstHour = all.length ? Math.max(0, Math.floor(Math.min(...all.map((i) => i.minutes)) / 60) - 1) : 8;
  const lastHour = all.length ? Math.min(24, Math.ceil((Math.max(...all.map((i) => i.minutes)) + SLOT_MINUTES) / 60) + 1) : 18;
  const height = (lastHour - firstHour) * HOUR_PX;

  const root = h('div', { class: 'week' });
  root.append(h('div', { class: 'corner' }));
  for (const [i, day] of week.entries()) {
    const count = (days.get(day) ?? []).reduce((n, e) => n + e.items.length, 0);
    root.append(
      h(
        'div',
        { class: `column-head${day === today ? ' today' : ''}`, data: { day } },
        h('span', { class: 'weekday-name' }, words.weekdays[i]),
        h('span', { class: 'date' }, String(dayOfMonth(day))),
        // The day's full list, readable however many publications share an hour.
        count > 0 && button(String(count), () => actions.showDay(day), { class: 'count link', title: words.publications(count), attrs: { 'aria-haspopup': 'dialog' }, data: { key: `count:${day}` } }),
      ),
    );
  }

  const axis = h('div', { class: 'axis', style: { height: `${height}px` } });
  for (let hour = firstHour; hour < lastHour; hour++) {
    axis.append(h('div', { class: 'hour', style: { top: `${(hour - firstHour) * HOUR_PX}px` } }, `${String(hour).padStart(2, '0')}:00`));
  }
  root.append(axis);

  for (const day of week) {
    const items = days.get(day) ?? [];
    const { lane, count } = lanes(items);
    const column = h('div', { class: `column${day === today ? ' today' : ''}`, data: { day }, style: { height: `${height}px` } });
    for (let hour = firstHour; hour < lastHour; hour++) {
      column.append(h('div', { class: 'hour-line', style: { top: `${(hour - firstHour) * HOUR_PX}px` } }));
    }
    const shownLanes = Math.min(count, MAX_LANES);
    const place = (el: HTMLElement, minutes: number, index: number) => {
      el.style.setProperty('top', `${((minutes - firstHour * 60) / 60) * HOUR_PX}px`);
      el.style.setProperty('left', `calc(${(index / shownLanes) * 100}% + 2px)`);
      el.style.setProperty('width', `calc(${100 / shownLanes}% - 4px)`);
      column.append(el);
    };
    // A crowded stretch (overlapping entries wider than MAX_LANES) keeps its last lane for "+N more":
    // the entries of the lanes from there on, one button per stretch.
    for (const cluster of clusters(items)) {
      const crowded = Math.max(...cluster.map((e) => lane.get(e) ?? 0)) >= MAX_LANES;
      const hidden = crowded ? cluster.filter((e) => (lane.get(e) ?? 0) >= MAX_LANES - 1) : [];
      for (const item of cluster) {
        if (!hidden.includes(item)) {
          place(chip(item, actions.open, 'placed', words), item.minutes, lane.get(item) ?? 0);
        }
      }
      if (hidden.length > 0) {
        const more = button(words.more(hidden.length), () => actions.showDay(day), {
          class: 'more placed-more',
          title: hidden.map((e) => `${e.time} ${e.post}`).join('\n'),
          attrs: { 'aria-haspopup': 'dialog' },
          data: { key: `more:${day}:${hidden[0].minutes}` },
        });
        place(more, hidden[0].minutes, MAX_LANES - 1);
      }
    }
    root.append(column);
  }
  return root;
}
