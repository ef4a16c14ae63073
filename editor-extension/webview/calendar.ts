// The Show schedule webview: header (file, zone, counts), error banner, toolbar (views, navigation),
// filters (channels, statuses), calendar, and a day's full list. Every word comes from i18n.
import type { FromWebview, ScheduleView, ToWebview } from '../src/schedule/messages';
import { addDays, addMonths, monthTitle, startOfMonth, startOfWeek, weekTitle } from './dates';
import { dayList } from './dayList';
import { button, h } from './dom';
import { navigate, type Position } from './gridNav';
import { wordsFor, type Words } from './i18n';
import { channelsOf, colorOf, entriesByDay, itemsOf, statusesOf, statusKey, type Entry, type Item, type StatusKey } from './model';
import { STATUS_GLYPH } from './chip';
import { elementAt, focusableCount, gridDays, monthView } from './monthView';
import { roving } from './roving';
import { weekView } from './weekView';
import './calendar.css';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): State | undefined;
  setState(state: State): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Mode = 'month' | 'week';

interface State {
  mode: Mode;
  /** The plan shown, to tell an edit of it from a switch to another, and to reopen it after a reload. */
  uri?: string;
  /** A day in the period shown, or null until the first schedule arrives. */
  anchor: string | null;
  hidden: string[];
  hiddenStatuses?: StatusKey[];
  /** The day whose full list is open. */
  dayOpen?: string | null;
  /** Where the keyboard is in the month grid. */
  focus?: Position | null;
}

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
let state: State = vscode.getState() ?? { mode: 'month', anchor: null, hidden: [] };
let view: ScheduleView | undefined;
/** Set when a key moved the grid's focus to a day the next render draws. */
let focusGrid = false;
/** What had the focus when a day's list opened outside the grid (the week's "+N more"), to give it back. */
let returnKey: string | undefined;
let pendingKey: string | undefined;

function update(change: Partial<State>): void {
  state = { ...state, ...change };
  vscode.setState(state);
  render();
}

function open(post: string): void {
  vscode.postMessage({ type: 'reveal', post });
}

/** Where to open first: today when the plan publishes that month, else its first publication. */
function initialAnchor(v: ScheduleView): string {
  const first = v.publications[0]?.at.slice(0, 10);
  const todayMonth = v.today.slice(0, 7);
  return first === undefined || v.publications.some((p) => p.at.startsWith(todayMonth)) ? v.today : first;
}

function step(direction: -1 | 1): void {
  const anchor = state.anchor ?? view?.today ?? '';
  update({ anchor: state.mode === 'month' ? addMonths(anchor, direction) : addDays(anchor, 7 * direction), focus: null });
}

function summary(v: ScheduleView, items: readonly Item[], channels: readonly string[], w: Words): HTMLElement {
  const reposts = items.filter((i) => i.repost > 0).length;
  const late = items.filter((i) => i.afterExpiry);
  return h(
    'div',
    { class: 'summary' },
    h('span', { class: 'stat', data: { stat: 'publications' } }, w.publications(items.length)),
    h('span', { class: 'stat', data: { stat: 'channels' } }, w.channels(channels.length)),
    h('span', { class: 'stat' }, w.reposts(reposts)),
    late.length > 0 &&
      button(w.afterExpiryCount(late.length), () => update({ anchor: late[0].day, focus: null }), {
        class: 'stat late-stat',
        title: w.afterExpiryTitle,
        data: { key: 'late' },
      }),
    h('span', { class: 'zone', title: w.zoneTitle }, v.timezone),
  );
}

function banner(errors: number, w: Words): HTMLElement | false {
  return (
    errors > 0 &&
    h(
      'div',
      { class: 'banner', attrs: { role: 'status' } },
      h('span', { class: 'banner-icon', attrs: { 'aria-hidden': 'true' } }, '⚠'),
      h('span', { class: 'banner-text' }, w.errorsBanner(errors)),
      button(w.showProblems, () => vscode.postMessage({ type: 'problems' }), { class: 'banner-action', data: { key: 'problems' } }),
    )
  );
}

function toolbar(title: string, w: Words): HTMLElement {
  const mode = (m: Mode, label: string) =>
    button(label, () => update({ mode: m }), { class: `segment${state.mode === m ? ' active' : ''}`, attrs: { 'aria-pressed': String(state.mode === m) }, data: { mode: m, key: `mode:${m}` } });
  const month = state.mode === 'month';
  // One Tab stop for the whole toolbar: the arrow keys move inside it.
  return roving(h(
    'div',
    { class: 'toolbar', attrs: { role: 'toolbar', 'aria-label': w.navigation } },
    h('div', { class: 'nav' },
      button('‹', () => step(-1), { class: 'icon', title: `${month ? w.previousMonth : w.previousWeek} (←)`, attrs: { 'aria-label': month ? w.previousMonth : w.previousWeek }, data: { key: 'prev' } }),
      button(w.today, () => update({ anchor: view?.today ?? null, focus: null }), { title: w.todayTitle, data: { key: 'today' } }),
      button('›', () => step(1), { class: 'icon', title: `${month ? w.nextMonth : w.nextWeek} (→)`, attrs: { 'aria-label': month ? w.nextMonth : w.nextWeek }, data: { key: 'next' } }),
      h('h2', { class: 'period' }, title),
    ),
    h('div', { class: 'segments', attrs: { role: 'group', 'aria-label': w.view } }, mode('week', w.week), mode('month', w.month)),
  ));
}

function legend(channels: readonly string[], items: readonly Item[], w: Words): HTMLElement {
  const counts = new Map<string, number>();
  for (const item of items) {
    counts.set(item.channel, (counts.get(item.channel) ?? 0) + 1);
  }
  const group = h('div', { class: 'legend-channels', attrs: { role: 'group', 'aria-label': w.channelsGroup } });
  for (const channel of channels) {
    const shown = !state.hidden.includes(channel);
    group.append(
      button(
        [h('span', { class: 'swatch' }), h('span', { class: 'name' }, channel), h('span', { class: 'count' }, String(counts.get(channel) ?? 0))],
        () => update({ hidden: shown ? [...state.hidden, channel] : state.hidden.filter((c) => c !== channel) }),
        { class: `channel${shown ? '' : ' off'}`, title: shown ? w.hide(channel) : w.show(channel), attrs: { 'aria-pressed': String(shown) }, style: { '--c': colorOf(channels, channel) }, data: { channel, key: `channel:${channel}` } },
      ),
    );
  }
  return h(
    'div',
    { class: 'legend' },
    group,
    h('span', { class: 'key' }, h('span', { class: 'key-chip first' }), w.keyFirst),
    h('span', { class: 'key' }, h('span', { class: 'key-chip repost' }), `↻ ${w.keyRepost}`),
    h('span', { class: 'key' }, h('span', { class: 'key-chip late' }), `⚠ ${w.keyLate}`),
  );
}

function statusFilter(items: readonly Item[], w: Words): HTMLElement | false {
  const statuses = statusesOf(items);
  if (statuses.length === 0) {
    return false;
  }
  const hidden = state.hiddenStatuses ?? [];
  const group = h('div', { class: 'statuses', attrs: { role: 'group', 'aria-label': w.statusGroup } }, h('span', { class: 'filter-label' }, w.statusGroup));
  for (const status of statuses) {
    const shown = !hidden.includes(status);
    const count = items.filter((i) => statusKey(i) === status).length;
    group.append(
      button(
        [status !== 'none' && h('span', { class: 'glyph', attrs: { 'aria-hidden': 'true' } }, STATUS_GLYPH[status]), h('span', { class: 'name' }, w.status[status]), h('span', { class: 'count' }, String(count))],
        () => update({ hiddenStatuses: shown ? [...hidden, status] : hidden.filter((s) => s !== status) }),
        { class: `status-filter${shown ? '' : ' off'}`, attrs: { 'aria-pressed': String(shown) }, data: { status, key: `status:${status}` } },
      ),
    );
  }
  return group;
}

/** The month grid's keyboard: one Tab stop, arrow keys inside (gridNav), Enter on a day opens its list. */
function wireGrid(grid: HTMLElement, anchor: string, days: Map<string, Entry[]>): void {
  const layout = { days: gridDays(anchor), count: (day: string) => focusableCount(days.get(day) ?? []) };
  const month = anchor.slice(0, 7);
  const firstPublication = layout.days.find((d) => d.startsWith(month) && (days.get(d)?.length ?? 0) > 0);
  const initial: Position =
    state.focus && layout.days.includes(state.focus.day)
      ? state.focus
      : firstPublication
        ? { day: firstPublication, index: 0 }
        : { day: layout.days.includes(view?.today ?? '') && view?.today.startsWith(month) ? (view?.today ?? '') : `${month}-01`, index: -1 };
  const stop = elementAt(grid, initial);
  stop?.setAttribute('tabindex', '0');
  const moveTo = (to: Position) => {
    const target = elementAt(grid, to);
    if (target) {
      target.focus();
    }
  };
  grid.addEventListener('focusin', (e) => {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[role="gridcell"]');
    if (!cell?.dataset.day) {
      return;
    }
    for (const el of grid.querySelectorAll('[tabindex="0"]')) {
      el.setAttribute('tabindex', '-1');
    }
    target.setAttribute('tabindex', '0');
    state = { ...state, focus: { day: cell.dataset.day, index: target === cell ? -1 : Number(target.dataset.index ?? -1) } };
    vscode.setState(state);
  });
  grid.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[role="gridcell"]');
    const day = cell?.dataset.day;
    if (!cell || !day) {
      return;
    }
    const at: Position = { day, index: target === cell ? -1 : Number(target.dataset.index ?? -1) };
    if ((e.key === 'Enter' || e.key === ' ') && target === cell) {
      e.preventDefault();
      if (days.get(day)?.length) {
        update({ dayOpen: day, focus: at });
      }
      return;
    }
    if (e.key === 'Escape' && target !== cell) {
      e.preventDefault();
      moveTo({ day, index: -1 });
      return;
    }
    const to = navigate(layout, at, e.key, e.ctrlKey || e.metaKey);
    if (!to) {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    if (layout.days.includes(to.day) && !e.key.startsWith('Page')) {
      moveTo(to);
    } else {
      focusGrid = true;
      update({ anchor: to.day, focus: to });
    }
  });
}

function render(): void {
  if (!view) {
    return;
  }
  const w = wordsFor(view.language);
  document.documentElement.lang = view.language;
  // Only a webview that has the focus takes it back after a redraw: an update of the file must not pull it from the editor.
  const active = document.hasFocus() && document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const restoreGrid = focusGrid || Boolean(active?.closest('[role="grid"]'));
  const restoreKey = pendingKey ?? active?.dataset.key;
  focusGrid = false;
  pendingKey = undefined;

  const all = itemsOf(view);
  const channels = channelsOf(view);
  const hiddenStatuses = state.hiddenStatuses ?? [];
  const shown = all.filter((i) => !state.hidden.includes(i.channel) && !hiddenStatuses.includes(statusKey(i)));
  const anchor = state.anchor ?? initialAnchor(view);
  const days = entriesByDay(shown, channels);
  const monday = startOfWeek(anchor);
  const title = state.mode === 'month' ? monthTitle(startOfMonth(anchor), w) : weekTitle(monday, w);
  const showDay = (day: string) => {
    returnKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
    update({ dayOpen: day });
  };
  let grid: HTMLElement | undefined;
  let body: HTMLElement;
  if (all.length === 0) {
    body = h('p', { class: 'status empty' }, w.empty);
  } else if (state.mode === 'month') {
    grid = monthView(anchor, view.today, days, title, { open, showWeek: (day) => update({ mode: 'week', anchor: day }), showDay }, w);
    wireGrid(grid, anchor, days);
    body = grid;
  } else {
    body = weekView(monday, view.today, days, { open, showDay }, w);
  }
  const dayOpen = state.dayOpen ? state.dayOpen : null;
  const dialog = dayOpen && (days.get(dayOpen)?.length ?? 0) > 0 ? dayList(dayOpen, days.get(dayOpen) ?? [], open, () => closeDay(), w) : undefined;
  app.replaceChildren(
    h('header', { class: 'head' }, h('h1', {}, view.fileName), summary(view, all, channels, w)),
    ...[banner(view.errors, w)].filter((b): b is HTMLElement => b !== false),
    toolbar(title, w),
    // Channels and statuses: one Tab stop, so that the calendar is a few Tabs away however many channels there are.
    roving(h('div', { class: 'filters', attrs: { role: 'toolbar', 'aria-label': w.filters } }, legend(channels, all, w), ...[statusFilter(all, w)].filter((f): f is HTMLElement => f !== false))),
    h('main', { class: `calendar ${state.mode}-mode`, data: { mode: state.mode, anchor } }, body),
    ...(dialog ? [dialog] : []),
  );
  if (dialog) {
    dialog.showModal();
    if (document.hasFocus()) {
      dialog.querySelector<HTMLElement>('.pub')?.focus();
    }
  } else if (grid && restoreGrid && state.focus) {
    elementAt(grid, state.focus)?.focus();
  } else if (restoreKey) {
    app.querySelector<HTMLElement>(`[data-key="${CSS.escape(restoreKey)}"]`)?.focus();
  }
}

/** Closes the day's list; the keyboard goes back where it was in the grid. */
function closeDay(): void {
  focusGrid = state.mode === 'month';
  pendingKey = focusGrid ? undefined : returnKey;
  update({ dayOpen: null });
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'schedule') {
    // Another plan (the panel follows the active editor): start over at its first publications.
    if (state.anchor === null || state.uri !== message.view.uri) {
      state = { ...state, uri: message.view.uri, anchor: initialAnchor(message.view), hidden: [], hiddenStatuses: [], dayOpen: null, focus: null };
      vscode.setState(state);
    }
    view = message.view;
    render();
  } else if (message.type === 'error') {
    app.replaceChildren(h('p', { class: 'status error', attrs: { role: 'alert' } }, message.message));
  }
});

window.addEventListener('keydown', (event) => {
  const target = event.target instanceof HTMLElement ? event.target : null;
  // Arrow keys belong to the grid, the groups and the day list when they have the focus.
  if (event.altKey || event.ctrlKey || event.metaKey || target?.closest('[role="grid"], [role="toolbar"], dialog, input')) {
    return;
  }
  const focusedDay = state.focus?.day;
  const keys: Record<string, () => void> = {
    ArrowLeft: () => step(-1),
    ArrowRight: () => step(1),
    m: () => update({ mode: 'month' }),
    w: () => update({ mode: 'week', anchor: focusedDay ?? state.anchor }),
    t: () => update({ anchor: view?.today ?? null, focus: null }),
  };
  keys[event.key]?.();
});

vscode.postMessage({ type: 'ready' });
