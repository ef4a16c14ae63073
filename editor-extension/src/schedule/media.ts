// What the webview may load of a publication's media: URLs as they are, files inside the plan's
// folder (the only local folder it may read besides its own assets), nothing else.
import * as path from 'node:path';
import type { Media, Publication } from './messages';

/** The file a media path names inside `folder`, or undefined for a URL, a path leaving the folder, or no folder (an unsaved plan). */
export function localMediaPath(src: string, folder: string | undefined): string | undefined {
  if (folder === undefined || /^[a-z][a-z0-9+.-]*:/i.test(src)) {
    return undefined;
  }
  const file = path.resolve(folder, src);
  const relative = path.relative(folder, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? undefined : file;
}

/** The publications with `view` set on each media: http(s) URLs unchanged, local files through `toWebview`. */
export function withMediaViews(publications: readonly Publication[], folder: string | undefined, toWebview: (file: string) => string): Publication[] {
  const view = (m: Media): Media => {
    if (/^https?:\/\//i.test(m.src)) {
      return { ...m, view: m.src };
    }
    const file = localMediaPath(m.src, folder);
    return file === undefined ? m : { ...m, view: toWebview(file) };
  };
  return publications.map((p) => (p.media?.length ? { ...p, media: p.media.map(view) } : p));
}
