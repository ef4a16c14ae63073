// The messages between the Show schedule panel and its webview, shared by both bundles.

/** Where a post is in the team's approval (contract 1.2 `status`). */
export type Status = 'draft' | 'review' | 'approved';

/** The languages the calendar speaks. */
export type Language = 'en' | 'fr';

/** An image or video attached to a post (contract 1.2 `media`). */
export interface Media {
  /** As written in the plan: an http(s) URL or a path relative to the plan's folder. */
  readonly src: string;
  readonly kind: 'image' | 'video';
  readonly alt?: string;
  /** What the webview loads: the URL itself, or the local file through `asWebviewUri`; absent when it cannot load it. */
  readonly view?: string;
}

/** One publication as the server's `cmplan/schedule` request returns it. */
export interface Publication {
  readonly post: string;
  readonly channel: string;
  /** ISO 8601 local date-time with the plan zone's UTC offset: `2027-03-10T12:30:00+01:00`. */
  readonly at: string;
  /** 0 for the first publication, k for the k-th repost. */
  readonly repost: number;
  readonly afterExpiry: boolean;
  /** The queue that published it; absent for a post's own schedule. */
  readonly queue?: string;
  /** Absent when the plan does not use approvals. */
  readonly status?: Status;
  readonly media?: readonly Media[];
}

/** Where a post's id is written: 0-based line and UTF-16 characters, as LSP ranges. */
export interface PostRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/** The server's answer to `cmplan/schedule`: all the calendar needs, so the extension never reads the plan's text. */
export interface ScheduleAnswer {
  /** The plan's time zone (IANA id), UTC when the plan has none. */
  readonly zone: string;
  /** Channel ids in declaration order. */
  readonly channels: readonly string[];
  readonly posts: readonly { readonly id: string; readonly range: PostRange }[];
  readonly publications: readonly Publication[];
}

/** What the webview draws: the document's schedule and what it needs to label it. */
export interface ScheduleView {
  /** The plan's URI: kept in the webview's state, so VS Code can bring the panel back after a reload. */
  readonly uri: string;
  readonly fileName: string;
  readonly timezone: string;
  /** Channel ids in declaration order: their colours follow this order, so they stay put as the file changes. */
  readonly channels: readonly string[];
  readonly publications: readonly Publication[];
  /** The day the calendar opens on when nothing is shown yet: `cmplan.now`'s date, or today. */
  readonly today: string;
  /** Errors in the plan: the schedule of a plan with errors may miss publications. */
  readonly errors: number;
  readonly language: Language;
}

export type ToWebview =
  | { readonly type: 'schedule'; readonly view: ScheduleView }
  | { readonly type: 'error'; readonly message: string };

export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly post: string }
  | { readonly type: 'problems' };
