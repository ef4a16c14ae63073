// What the calendar needs from the plan's text that cmplan/schedule does not return.

function escape(id: string): string {
  return id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Channel ids in declaration order. */
export function declaredChannels(text: string): string[] {
  return [...text.matchAll(/^channel[ \t]+([^\s#]+)/gm)].map((m) => m[1]);
}

/** The plan's `timezone` value (UTC, the language's default, when absent). */
export function planTimezone(text: string): string {
  const plan = /^plan\b[^\n]*\n((?:[ \t]+[^\n]*\n?|[ \t]*\n)*)/m.exec(text);
  const zone = plan ? /^[ \t]+timezone[ \t]+([^\s#]+)/m.exec(plan[1]) : null;
  return zone ? zone[1] : 'UTC';
}

/** The line and the column range of the id in `post <id>`, if the post is declared. */
export function postHeader(text: string, post: string): { line: number; start: number; end: number } | undefined {
  const match = new RegExp(`^(post[ \\t]+)(${escape(post)})(?=[ \\t#]|\\r?$)`, 'm').exec(text);
  if (!match) {
    return undefined;
  }
  const line = text.slice(0, match.index).split('\n').length - 1;
  return { line, start: match[1].length, end: match[1].length + post.length };
}
