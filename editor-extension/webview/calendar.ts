// The Show schedule webview: header (file, zone, counts), toolbar (views, navigation), channel legend, calendar.
import type { FromWebview, ScheduleView, ToWebview } from '../src/schedule/messages';
import { addDays, addMonths, monthTitle, startOfMonth, startOfWeek, weekTitle } from './dates';
import { button, h } from './dom';
import { colorOf, entriesByDay, itemsOf, type Item } from './model';
import { monthView } from './monthView';
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
}

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
let state: State = vscode.getState() ?? { mode: 'month', anchor: null, hidden: [] };
let view: ScheduleView | undefined;

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
  update({ anchor: state.mode === 'month' ? addMonths(anchor, direction) : addDays(anchor, 7 * direction) });
}

function summary(v: ScheduleView, items: readonly Item[]): HTMLElement {
  const reposts = items.filter((i) => i.repost > 0).length;
  const late = items.filter((i) => i.afterExpiry);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return h(
    'div',
    { class: 'summary' },
    h('span', { class: 'stat', data: { stat: 'publications' } }, plural(items.length, 'publication')),
    h('span', { class: 'stat' }, plural(new Set(items.map((i) => i.channel)).size, 'channel')),
    h('span', { class: 'stat' }, `${reposts} ↻ ${reposts === 1 ? 'repost' : 'reposts'}`),
    late.length > 0 &&
      button(`${late.length} after expiry`, () => update({ anchor: late[0].day }), {
        class: 'stat late-stat',
        title: 'Published after the content expires: show the first one',
      }),
    h('span', { class: 'zone', title: 'Times are local to the plan' }, v.timezone),
  );
}

function toolbar(title: string): HTMLElement {
  const mode = (m: Mode, label: string) =>
    button(label, () => update({ mode: m }), { class: `segment${state.mode === m ? ' active' : ''}`, attrs: { 'aria-pressed': String(state.mode === m) }, data: { mode: m } });
  return h(
    'div',
    { class: 'toolbar' },
    h('div', { class: 'nav' },
      button('‹', () => step(-1), { class: 'icon', title: state.mode === 'month' ? 'Previous month (←)' : 'Previous week (←)' }),
      button('Today', () => update({ anchor: view?.today ?? null }), { title: 'The day cmplan.now names, or today' }),
      button('›', () => step(1), { class: 'icon', title: state.mode === 'month' ? 'Next month (→)' : 'Next week (→)' }),
      h('h2', { class: 'period' }, title),
    ),
    h('div', { class: 'segments', attrs: { role: 'group', 'aria-label': 'View' } }, mode('week', 'Week'), mode('month', 'Month')),
  );
}

function legend(v: ScheduleView, items: readonly Item[]): HTMLElement {
  const counts = new Map<string, number>();
  for (const item of items) {
    counts.set(item.channel, (counts.get(item.channel) ?? 0) + 1);
  }
  const root = h('div', { class: 'legend', attrs: { role: 'group', 'aria-label': 'Channels' } });
  for (const channel of v.channels) {
    const shown = !state.hidden.includes(channel);
    root.append(
      button(
        [h('span', { class: 'swatch' }), h('span', { class: 'name' }, channel), h('span', { class: 'count' }, String(counts.get(channel) ?? 0))],
        () => update({ hidden: shown ? [...state.hidden, channel] : state.hidden.filter((c) => c !== channel) }),
        { class: `channel${shown ? '' : ' off'}`, title: shown ? `Hide ${channel}` : `Show ${channel}`, attrs: { 'aria-pressed': String(shown) }, style: { '--c': colorOf(v, channel) }, data: { channel } },
      ),
    );
  }
  root.append(
    h('span', { class: 'key' }, h('span', { class: 'key-chip first' }), 'first'),
    h('span', { class: 'key' }, h('span', { class: 'key-chip repost' }), '↻ repost'),
    h('span', { class: 'key' }, h('span', { class: 'key-chip late' }), 'after expiry'),
  );
  return root;
}

function render(): void {
  if (!view) {
    return;
  }
  const all = itemsOf(view);
  const shown = all.filter((i) => !state.hidden.includes(i.channel));
  const anchor = state.anchor ?? initialAnchor(view);
  const days = entriesByDay(shown, view.channels);
  const monday = startOfWeek(anchor);
  const title = state.mode === 'month' ? monthTitle(startOfMonth(anchor)) : weekTitle(monday);
  const body =
    all.length === 0
      ? h('p', { class: 'status empty' }, 'No publications yet: a post needs ', h('code', {}, 'on'), ' and ', h('code', {}, 'at'), ', or a queue with slots and items.')
      : state.mode === 'month'
        ? monthView(anchor, view.today, days, { open, showWeek: (day) => update({ mode: 'week', anchor: day }) })
        : weekView(monday, view.today, days, open);
  app.replaceChildren(
    h('header', { class: 'head' }, h('h1', {}, view.fileName), summary(view, all)),
    toolbar(title),
    legend(view, all),
    h('main', { class: `calendar ${state.mode}-mode`, data: { mode: state.mode, anchor } }, body),
  );
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'schedule') {
    // Another plan (the panel follows the active editor): start over at its first publications.
    if (state.anchor === null || state.uri !== message.view.uri) {
      state = { ...state, uri: message.view.uri, anchor: initialAnchor(message.view), hidden: [] };
      vscode.setState(state);
    }
    view = message.view;
    render();
  } else if (message.type === 'error') {
    app.replaceChildren(h('p', { class: 'status error' }, message.message));
  }
});

window.addEventListener('keydown', (event) => {
  if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  const keys: Record<string, () => void> = {
    ArrowLeft: () => step(-1),
    ArrowRight: () => step(1),
    m: () => update({ mode: 'month' }),
    w: () => update({ mode: 'week' }),
    t: () => update({ anchor: view?.today ?? null }),
  };
  keys[event.key]?.();
});

vscode.postMessage({ type: 'ready' });
