// Calendar arithmetic on plain local dates (`YYYY-MM-DD`): the plan's own wall-clock days, never the viewer's zone.
import { wordsFor, type Words } from './i18n';

const DAY_MS = 86_400_000;
const EN = wordsFor('en');

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** The first day of the month `months` after the date's month. */
export function addMonths(date: string, months: number): string {
  const d = toUtc(date);
  return fromUtc(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)));
}

/** 0 for Monday … 6 for Sunday (ISO order, as content planners count weeks). */
export function weekday(date: string): number {
  return (toUtc(date).getUTCDay() + 6) % 7;
}

export function startOfWeek(date: string): string {
  return addDays(date, -weekday(date));
}

export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function dayOfMonth(date: string): number {
  return Number(date.slice(8, 10));
}

const monthIndex = (date: string) => Number(date.slice(5, 7)) - 1;

export function monthTitle(date: string, words: Words = EN): string {
  return `${words.months[monthIndex(date)]} ${date.slice(0, 4)}`;
}

/** `Tue 2 Mar 2027` (`mar. 2 mars 2027`), the way the server's messages write days. */
export function longDay(date: string, words: Words = EN): string {
  return `${words.weekdays[weekday(date)]} ${dayOfMonth(date)} ${words.monthsShort[monthIndex(date)]} ${date.slice(0, 4)}`;
}

/** `Tuesday 2 March 2027`, for screen readers. */
export function spokenDay(date: string, words: Words = EN): string {
  return `${words.weekdaysLong[weekday(date)]} ${dayOfMonth(date)} ${words.months[monthIndex(date)]} ${date.slice(0, 4)}`;
}

/** `1 – 7 Mar 2027`, or `29 Mar – 4 Apr 2027` across months. */
export function weekTitle(monday: string, words: Words = EN): string {
  const sunday = addDays(monday, 6);
  const month = (d: string) => words.monthsShort[monthIndex(d)];
  const first = monday.slice(5, 7) === sunday.slice(5, 7) ? `${dayOfMonth(monday)}` : `${dayOfMonth(monday)} ${month(monday)}`;
  const year = monday.slice(0, 4) === sunday.slice(0, 4) ? '' : ` ${monday.slice(0, 4)}`;
  return `${first}${year} – ${dayOfMonth(sunday)} ${month(sunday)} ${sunday.slice(0, 4)}`;
}
