// A group of buttons that is one Tab stop: ← → (and Home/End) move between its buttons.
export function roving<T extends HTMLElement>(group: T): T {
  const buttons = () => [...group.querySelectorAll<HTMLElement>('button')];
  const all = buttons();
  all.forEach((b, i) => (b.tabIndex = i === 0 ? 0 : -1));
  group.addEventListener('focusin', (e) => {
    for (const b of buttons()) {
      b.tabIndex = b === e.target ? 0 : -1;
    }
  });
  group.addEventListener('keydown', (e) => {
    const list = buttons();
    const at = list.indexOf(e.target as HTMLElement);
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[e.key];
    if (at < 0 || to === undefined) {
      return;
    }
    e.preventDefault();
    list[(to + list.length) % list.length]?.focus();
  });
  return group;
}
