// Moving inside the month grid with the keyboard, as plain data (the ARIA grid pattern): a position is
// a day and what is focused in it, -1 for the day cell itself, 0… for its publications (and "+N more").
// ↑ ↓ walk through a day's publications and on to the day above or below; ← → go to the day
// before or after, at the same rank; Home/End to the week's ends; PageUp/PageDown a month.
import { addDays, addMonths, dayOfMonth } from './dates';

export interface Position {
  readonly day: string;
  readonly index: number;
}

/** The days of the grid in order (whole weeks) and how many focusable things each holds. */
export interface GridLayout {
  readonly days: readonly string[];
  readonly count: (day: string) => number;
}

const clamp = (index: number, count: number) => (index < 0 || count === 0 ? -1 : Math.min(index, count - 1));

/** Where `key` moves from `at`; a day outside the layout means another month (its cell). Undefined: not a move key. */
export function navigate(layout: GridLayout, at: Position, key: string, ctrl = false): Position | undefined {
  const i = layout.days.indexOf(at.day);
  const count = layout.count(at.day);
  const inGrid = (day: string) => layout.days.includes(day);
  const sameRank = (day: string): Position => ({ day, index: inGrid(day) ? clamp(at.index, layout.count(day)) : -1 });
  const weekStart = i - (i % 7);
  switch (key) {
    case 'ArrowRight':
      return sameRank(addDays(at.day, 1));
    case 'ArrowLeft':
      return sameRank(addDays(at.day, -1));
    case 'ArrowDown':
      return at.index < count - 1 ? { day: at.day, index: at.index + 1 } : { day: addDays(at.day, 7), index: -1 };
    case 'ArrowUp': {
      if (at.index >= 0) {
        return { day: at.day, index: at.index - 1 };
      }
      const above = addDays(at.day, -7);
      return { day: above, index: inGrid(above) ? layout.count(above) - 1 : -1 };
    }
    case 'Home':
      return { day: ctrl ? layout.days[0] : layout.days[weekStart], index: -1 };
    case 'End':
      return { day: ctrl ? layout.days[layout.days.length - 1] : layout.days[weekStart + 6], index: -1 };
    case 'PageUp':
    case 'PageDown': {
      const first = addMonths(at.day, key === 'PageUp' ? -1 : 1);
      const last = Number(addDays(addMonths(first, 1), -1).slice(8, 10));
      return { day: `${first.slice(0, 8)}${String(Math.min(dayOfMonth(at.day), last)).padStart(2, '0')}`, index: -1 };
    }
    default:
      return undefined;
  }
}
