// The schedule as the calendar draws it: publications with their local day and time, grouped by
// post and time (one post going out on four channels at 12:30 is one entry with four colours).
import type { Publication, ScheduleView } from '../src/schedule/messages';

/** Colour-blind-friendly hues that read on light and dark themes; red is kept for "after expiry". */
const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#ff9da7', '#86bcb6', '#8cd17d', '#a0cbe8', '#d4a6c8'];

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
}

export function colorOf(view: ScheduleView, channel: string): string {
  const index = view.channels.indexOf(channel);
  return PALETTE[(index < 0 ? view.channels.length : index) % PALETTE.length];
}

export function itemsOf(view: ScheduleView): Item[] {
  return view.publications.map((p) => ({
    ...p,
    day: p.at.slice(0, 10),
    time: p.at.slice(11, 16),
    offset: p.at.slice(19) === 'Z' ? '+00:00' : p.at.slice(19),
    color: colorOf(view, p.channel),
  }));
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
    const entry: Entry = {
      post: first.post,
      day: first.day,
      time: first.time,
      minutes: Number(first.time.slice(0, 2)) * 60 + Number(first.time.slice(3, 5)),
      offset: first.offset,
      repost: first.repost,
      items: members,
      late: members.some((m) => m.afterExpiry),
    };
    days.set(entry.day, [...(days.get(entry.day) ?? []), entry]);
  }
  return days;
}

export function describe(entry: Entry): string {
  const queue = entry.items[0].queue;
  const kind = (entry.repost === 0 ? 'first publication' : `repost ${entry.repost}`) + (queue ? ` from queue ${queue}` : '');
  const late = entry.late ? ' — after the content expires' : '';
  return `${entry.post} on ${entry.items.map((i) => i.channel).join(', ')}\n${entry.day} ${entry.time} (UTC${entry.offset}) · ${kind}${late}`;
}
