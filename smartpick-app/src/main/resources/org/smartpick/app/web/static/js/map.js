// An offline US map: one dot per program, placed by an equirectangular projection of its
// latitude/longitude (scaled by cos 38° so the lower 48 keep their shape); Alaska, Hawaii and the
// territories get boxes of their own. No tiles, no outlines fetched from anywhere.
import { clear, svg } from './dom.js';

const MAIN = { left: -125, right: -66, top: 50, bottom: 24, x: 20, y: 20, width: 960, height: 420 };
const INSETS = [
  { name: 'Alaska', test: (p) => p.state === 'AK', left: -170, right: -129, top: 72, bottom: 51,
    x: 20, y: 470, width: 230, height: 130 },
  { name: 'Hawaii', test: (p) => p.state === 'HI', left: -160.5, right: -154.5, top: 22.5,
    bottom: 18.5, x: 270, y: 470, width: 170, height: 130 },
  { name: 'Puerto Rico & USVI', test: (p) => p.state === 'PR' || p.state === 'VI', left: -67.6,
    right: -64.4, top: 18.8, bottom: 17.6, x: 460, y: 470, width: 260, height: 130 },
  { name: 'Pacific territories', test: (p) => ['GU', 'MP', 'AS'].includes(p.state), left: 0,
    right: 1, top: 1, bottom: 0, x: 740, y: 470, width: 240, height: 130, row: true },
];

function place(box, p, index) {
  if (box.row) {
    return [box.x + 20 + (index % 20) * 10, box.y + 40 + Math.floor(index / 20) * 10];
  }
  const fx = (p.longitude - box.left) / (box.right - box.left);
  const fy = (box.top - p.latitude) / (box.top - box.bottom);
  const clamp = (v) => Math.min(1, Math.max(0, v));
  return [box.x + clamp(fx) * box.width, box.y + clamp(fy) * box.height];
}

function frame(map, box, label) {
  map.append(svg('rect', { class: 'inset', x: box.x, y: box.y, width: box.width,
    height: box.height, rx: 6 }));
  if (label) {
    map.append(svg('text', { class: 'label', x: box.x + 6, y: box.y + 16, text: label }));
  }
}

// pickOf(p): the plan's pick for a program (its dot is coloured by its chance group), or undefined.
export function drawMap(map, programs, isSelected, onPick, pickOf = () => undefined) {
  clear(map);
  frame(map, MAIN, '');
  for (let lon = -120; lon <= -70; lon += 10) {
    const x = MAIN.x + ((lon - MAIN.left) / (MAIN.right - MAIN.left)) * MAIN.width;
    map.append(svg('line', { class: 'grid', x1: x, y1: MAIN.y, x2: x, y2: MAIN.y + MAIN.height }));
  }
  for (let lat = 30; lat <= 45; lat += 5) {
    const y = MAIN.y + ((MAIN.top - lat) / (MAIN.top - MAIN.bottom)) * MAIN.height;
    map.append(svg('line', { class: 'grid', x1: MAIN.x, y1: y, x2: MAIN.x + MAIN.width, y2: y }));
  }
  INSETS.forEach((box) => frame(map, box, box.name));
  const counts = new Map();
  for (const p of programs) {
    const box = INSETS.find((b) => b.test(p)) || MAIN;
    const index = counts.get(box) || 0;
    counts.set(box, index + 1);
    const [x, y] = place(box, p, index);
    const dot = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 5,
      'data-id': p.acgmeId });
    dot.classList.toggle('selected', isSelected(p));
    const pick = pickOf(p);
    if (pick) dot.classList.add(`chance-${pick.group}`);
    const title = svg('title');
    title.textContent = `${p.name} — ${p.city}, ${p.state}` + (pick ? `; P(match here) `
      + `${Math.round(100 * pick.match.p)}% (95% interval ${Math.round(100 * pick.match.low)}–`
      + `${Math.round(100 * pick.match.high)}%, estimated), ${pick.group}` : '');
    dot.append(title);
    dot.addEventListener('click', () => onPick(p));
    map.append(dot);
  }
  map.setAttribute('aria-label', `Map of ${programs.length} programs`);
}
