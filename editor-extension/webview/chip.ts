// One calendar entry: a post at a time, with a colour dot per channel, and repost and expiry marks.
import { h } from './dom';
import { describe, type Entry } from './model';

export function chip(entry: Entry, onOpen: (post: string) => void, extraClass = ''): HTMLElement {
  const classes = ['pub', entry.repost > 0 ? 'repost' : 'first', entry.late ? 'late' : '', extraClass].filter(Boolean).join(' ');
  const el = h(
    'button',
    {
      class: classes,
      title: describe(entry),
      data: { post: entry.post, at: entry.items[0].at, repost: String(entry.repost), channels: entry.items.map((i) => i.channel).join(','), count: String(entry.items.length) },
      attrs: { type: 'button', 'aria-label': describe(entry).replace('\n', ', ') },
      style: { '--c': entry.items[0].color },
    },
    h('span', { class: 'time' }, entry.time),
    h('span', { class: 'post' }, entry.post),
    h('span', { class: 'dots' }, ...entry.items.map((i) => h('span', { class: `dot${i.afterExpiry ? ' late' : ''}`, style: { '--c': i.color } }))),
    entry.repost > 0 && h('span', { class: 'mark repost-mark', title: `Repost ${entry.repost}` }, `↻${entry.repost}`),
  );
  el.addEventListener('click', () => onOpen(entry.post));
  return el;
}
