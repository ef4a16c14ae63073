// One calendar entry: a post at a time, with a colour dot per channel, and marks that need no colour:
// ↻k for the k-th repost (with a dashed outline), the approval status, a thumbnail of its first image.
import type { Status } from '../src/schedule/messages';
import { h } from './dom';
import type { Words } from './i18n';
import { describe, splitId, type Entry } from './model';

/** Shapes, not colours, tell statuses apart. */
export const STATUS_GLYPH: Record<Status, string> = { draft: '✎', review: '◔', approved: '✓' };

export type ChipKind = 'compact' | 'placed' | 'listed';

export function chip(entry: Entry, onOpen: (post: string) => void, kind: ChipKind, words: Words): HTMLButtonElement {
  const classes = ['pub', entry.repost > 0 ? 'repost' : 'first', entry.late ? 'late' : '', entry.status ? `status-${entry.status}` : '', kind].filter(Boolean).join(' ');
  const [head, tail] = splitId(entry.post);
  const description = describe(entry, words);
  const listed = kind === 'listed';
  const el = h(
    'button',
    {
      class: classes,
      title: description,
      data: {
        post: entry.post,
        at: entry.items[0].at,
        repost: String(entry.repost),
        channels: entry.items.map((i) => i.channel).join(','),
        count: String(entry.items.length),
        ...(entry.status ? { status: entry.status } : {}),
      },
      attrs: { type: 'button', 'aria-label': description.replaceAll('\n', ', ') },
      style: { '--c': entry.items[0].color },
    },
    entry.thumbnail?.view && h('img', { class: 'thumb', attrs: { src: entry.thumbnail.view, alt: '', loading: 'lazy', draggable: 'false' } }),
    h('span', { class: 'time' }, entry.time),
    h('span', { class: 'post' }, head && h('span', { class: 'id-head' }, head), h('span', { class: 'id-tail' }, tail)),
    h('span', { class: 'dots' }, ...entry.items.map((i) => h('span', { class: `dot${i.afterExpiry ? ' late' : ''}`, style: { '--c': i.color } }))),
    listed && h('span', { class: 'channels-list' }, entry.items.map((i) => i.channel).join(', ')),
    h(
      'span',
      { class: 'marks' },
      entry.repost > 0 && h('span', { class: 'mark repost-mark' }, `↻${entry.repost}`),
      entry.late && h('span', { class: 'mark late-mark' }, listed ? `⚠ ${words.expired}` : '⚠'),
      entry.status && h('span', { class: 'mark status-mark', data: { status: entry.status } }, listed ? `${STATUS_GLYPH[entry.status]} ${words.status[entry.status]}` : STATUS_GLYPH[entry.status]),
    ),
  );
  // A thumbnail that cannot load leaves no broken-image box.
  el.querySelector('img')?.addEventListener('error', (e) => (e.target as HTMLElement).remove());
  el.addEventListener('click', () => onOpen(entry.post));
  return el;
}

