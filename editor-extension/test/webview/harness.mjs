// The calendar webview alone in Debian's chromium (playwright-core), without VS Code: the bundle from
// dist/webview served at http://webview.test/, acquireVsCodeApi stubbed (messages kept in
// window.sent), the theme's --vscode-* colours set on the page as VS Code sets them. The schedule
// comes from fixture.mjs; what VS Code itself does is e2e/'s part.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'webview');
/** An 8×8 orange PNG: the thumbnails' image. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGP41KeNFTEMLQkA5+9qwYLMcpkAAAAASUVORK5CYII=', 'base64');

/** Default Dark Modern's colours that the calendar reads (VS Code 1.96). */
const DARK = {
  'vscode-foreground': '#cccccc',
  'vscode-editor-background': '#1f1f1f',
  'vscode-descriptionForeground': '#9d9d9d',
  'vscode-errorForeground': '#f85149',
  'vscode-panel-border': '#2b2b2b',
  'vscode-editorWidget-background': '#202020',
  'vscode-focusBorder': '#0078d4',
  'vscode-button-background': '#0078d4',
  'vscode-button-foreground': '#ffffff',
  'vscode-button-border': '#ffffff12',
  'vscode-button-secondaryBackground': '#313131',
  'vscode-button-secondaryForeground': '#cccccc',
  'vscode-button-secondaryHoverBackground': '#3c3c3c',
  'vscode-textLink-foreground': '#4daafc',
  'vscode-widget-border': '#313131',
  'vscode-font-family': 'system-ui, sans-serif',
  'vscode-font-size': '13px',
};

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

/** Serves the webview at http://webview.test/, its images, and the media URLs of the fixture. */
async function serve(page, colors, bodyClass) {
  await page.route('http://webview.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      const style = Object.entries(colors).map(([k, v]) => `--${k}: ${v};`).join(' ').replaceAll('&', '&amp;').replaceAll('"', '&quot;');
      return route.fulfill({
        contentType: 'text/html',
        body: `<!DOCTYPE html><html lang="en" style="${style}"><head><meta charset="UTF-8">
<link rel="stylesheet" href="/calendar.css"></head><body class="${bodyClass}">
<div id="app" class="app"></div>
<script>window.sent = []; let kept; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.sent.push(m), getState: () => kept, setState: (s) => { kept = s; } });</script>
<script src="/calendar.js"></script></body></html>`,
      });
    }
    if (path.endsWith('.png')) {
      return route.fulfill({ contentType: 'image/png', body: PNG });
    }
    return route.fulfill({ path: join(dist, path.slice(1)) });
  });
  await page.route('https://cdn.example.test/**', (route) => route.fulfill({ contentType: 'image/png', body: PNG }));
}

/** Sends the webview a schedule, as the panel does, and waits for it to be drawn. */
async function showSchedule(frame, view) {
  await frame.evaluate((v) => window.postMessage({ type: 'schedule', view: v }, '*'), view);
  await frame.locator('#app header.head').waitFor();
}

/** A page showing `view`, `width` pixels wide; resolves once the calendar is drawn. */
export async function openCalendar(browser, view, { width = 1280, height = 900, colors = DARK, bodyClass = 'vscode-dark' } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  await serve(page, colors, bodyClass);
  await page.goto('http://webview.test/');
  await showSchedule(page.mainFrame(), view);
  return page;
}

export function bundleExists() {
  try {
    readFileSync(join(dist, 'calendar.js'));
    return true;
  } catch {
    return false;
  }
}
