// The schedule as the calendar draws it: publications with their local day and time, grouped by
// post and time (one post going out on four channels at 12:30 is one entry with four colours).
import type { Media, Publication, ScheduleView, Status } from '../src/schedule/messages';
import { longDay } from './dates';
import { wordsFor, type Words } from './i18n';

/** Colour-blind-friendly hues that read on light and dark themes; red is kept for "after expiry". */
const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#ff9da7', '#86bcb6', '#8cd17d', '#a0cbe8', '#d4a6c8'];

/** Approval order: an entry whose channels differ shows the least advanced status. */
export const STATUSES: readonly Status[] = ['draft', 'review', 'approved'];

/** A publication's status for the filter: `none` when the plan gives it none. */
export type StatusKey = Status | 'none';

export interface Item extends Publication {
  /** The plan's local day and time, as written in the plan: `at` without its offset. */
  readonly day: string;
  readonly time: string;
  readonly offset: string;
  readonly color: string;
}

/** The publications of one post at one local time: one entry in the calendar. */
export interface Entry {
  readonly post: string;
  readonly day: string;
  readonly time: string;
  readonly minutes: number;
  readonly offset: string;
  readonly repost: number;
  readonly items: readonly Item[];
  readonly late: boolean;
  readonly status?: Status;
  /** The first image the webview can load, for the thumbnail. */
  readonly thumbnail?: Media;
  readonly media: readonly Media[];
}

/** The legend's channels: those declared, then any a publication names without a declaration (a plan with errors). */
export function channelsOf(view: ScheduleView): string[] {
  const channels = [...view.channels];
  for (const p of view.publications) {
    if (!channels.includes(p.channel)) {
      channels.push(p.channel);
    }
  }
  return channels;
}

export function colorOf(channels: readonly string[], channel: string): string {
  const index = channels.indexOf(channel);
  return PALETTE[(index < 0 ? channels.length : index) % PALETTE.length];
}

export function itemsOf(view: ScheduleView): Item[] {
  const channels = channelsOf(view);
  return view.publications.map((p) => ({
    ...p,
    day: p.at.slice(0, 10),
    time: p.at.slice(11, 16),
    offset: p.at.slice(19) === 'Z' ? '+00:00' : p.at.slice(19),
    color: colorOf(channels, p.channel),
  }));
}

export function statusKey(p: Publication): StatusKey {
  return p.status ?? 'none';
}

/** The statuses the plan's publications have, in approval order, `none` last; empty when the plan uses no approvals. */
export function statusesOf(items: readonly Publication[]): StatusKey[] {
  const present = new Set(items.map(statusKey));
  if (present.size === 1 && present.has('none')) {
    return [];
  }
  return [...STATUSES, 'none' as const].filter((s) => present.has(s));
}

/** Entries by local day, each day's in time order (the server's order already), channels in the legend's order. */
export function entriesByDay(items: readonly Item[], channels: readonly string[]): Map<string, Entry[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = `${item.at}\u0000${item.post}\u0000${item.repost}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const days = new Map<string, Entry[]>();
  for (const members of groups.values()) {
    const first = members[0];
    members.sort((a, b) => channels.indexOf(a.channel) - channels.indexOf(b.channel));
    const statuses = members.map((m) => m.status).filter((s): s is Status => s !== undefined);
    const media = members.find((m) => m.media?.length)?.media ?? [];
    const entry: Entry = {
      post: first.post,
      day: first.day,
      time: first.time,
      minutes: Number(first.time.slice(0, 2)) * 60 + Number(first.time.slice(3, 5)),
      offset: first.offset,
      repost: first.repost,
      items: members,
      late: members.some((m) => m.afterExpiry),
      status: STATUSES.find((s) => statuses.includes(s)),
      thumbnail: media.find((m) => m.kind === 'image' && m.view !== undefined),
      media,
    };
    days.set(entry.day, [...(days.get(entry.day) ?? []), entry]);
  }
  return days;
}

/**
 * A post id cut in two for a chip too narrow for it: the head may be elided, the tail always shows.
 * What tells posts apart is usually their end (`…-2027-replay-2`), so the tail is the last
 * separated part of at least 4 characters (at most 12), else the last 6; a short id is all tail.
 */
export function splitId(id: string): [head: string, tail: string] {
  if (id.length <= 10) {
    return ['', id];
  }
  let start = id.length - 6;
  for (let i = id.length - 1; i > 0; i--) {
    if ('-_.'.includes(id[i]) && id.length - i >= 4) {
      start = id.length - i <= 12 ? i : start;
      break;
    }
  }
  return [id.slice(0, start), id.slice(start)];
}

export function describe(entry: Entry, words: Words = wordsFor('en')): string {
  const queue = entry.items[0].queue;
  const kind = (entry.repost === 0 ? words.firstPublication : words.repost(entry.repost)) + (queue ? words.fromQueue(queue) : '');
  const late = entry.late ? words.afterExpiry : '';
  const lines = [
    words.on(entry.post, entry.items.map((i) => i.channel).join(', ')),
    `${entry.day} ${entry.time} (UTC${entry.offset}) · ${kind}${late}`,
  ];
  if (entry.status) {
    lines.push(words.statusLine(words.status[entry.status]));
  }
  for (const m of entry.media) {
    lines.push(`${m.kind === 'video' ? '▶' : '▣'} ${m.src}${m.alt ? ` — ${m.alt}` : ''}`);
  }
  return lines.join('\n');
}

/** A day's heading in the day list: `Tue 16 Mar 2027: 36 publications`. */
export function dayHeading(day: string, entries: readonly Entry[], words: Words): string {
  return words.dayTitle(longDay(day, words), entries.reduce((n, e) => n + e.items.length, 0));
}
