// WCAG 2 contrast of text as the page shows it: the computed colour of each element that holds text,
// faded by its and its ancestors' opacity, over its background composited layer by layer up to the
// first opaque one (the page's own background last). Runs in the page (frame.evaluate).

/** The text of every visible element matching `selector` (or holding text inside one), with its contrast ratio. */
export function measureContrast(frame, selector) {
  return frame.evaluate((selector) => {
    const canvas = document.createElement('canvas').getContext('2d');
    /** [r, g, b, a] in 0–255 / 0–1 from any CSS colour the browser computes (rgb(), color(srgb …), named). */
    const parse = (css) => {
      const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(css);
      if (srgb) {
        return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
      }
      const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/.exec(css);
      if (rgb) {
        return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
      }
      // Anything else (oklab, a keyword): let the canvas resolve it to sRGB.
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = css;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (top, bottom) => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      return a === 0 ? [0, 0, 0, 0] : [0, 1, 2].map((i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a).concat(a);
    };
    const luminance = ([r, g, b]) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const color = parse(getComputedStyle(e).backgroundColor);
        if (color[3] > 0) {
          layers.push(color);
          if (color[3] >= 1) {
            break;
          }
        }
      }
      return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const opacity = (el) => {
      let o = 1;
      for (let e = el; e; e = e.parentElement) {
        o *= Number(getComputedStyle(e).opacity);
      }
      return o;
    };
    const hex = (c) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
    const results = [];
    const roots = [...document.querySelectorAll(selector)];
    const seen = new Set();
    for (const root of roots) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
        const box = el.getBoundingClientRect();
        if (!text || seen.has(el) || box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') {
          continue;
        }
        seen.add(el);
        const bg = background(el);
        const fg = parse(getComputedStyle(el).color);
        const shown = over([fg[0], fg[1], fg[2], fg[3] * opacity(el)], bg);
        const [l1, l2] = [luminance(shown), luminance(bg)].sort((a, b) => b - a);
        results.push({ text, class: el.className || el.tagName, ratio: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100, fg: hex(shown), bg: hex(bg) });
      }
    }
    return results;
  }, selector);
}
