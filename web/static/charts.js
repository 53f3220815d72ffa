// Line charts as inline SVG: no library, no canvas. Points are {x: unix
// time, y: number}; the y labels come from fmt.

const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  for (const c of children) e.append(c);
  return e;
}

function day(unix) {
  return new Date(unix * 1000).toISOString().slice(5, 16).replace('T', ' ');
}

// lineChart returns a figure with a title, the chart and its last value.
export function lineChart(title, points, fmt, opts = {}) {
  const W = 600, H = 200, L = 104, R = 14, T = 14, B = 30;
  const fig = document.createElement('figure');
  fig.className = 'chart';
  const cap = document.createElement('figcaption');
  const last = points.length ? points[points.length - 1].y : null;
  cap.append(title, ' ');
  const lv = document.createElement('strong');
  lv.textContent = last === null ? '—' : fmt(last);
  cap.append(lv);
  fig.append(cap);
  if (points.length < 2) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = 'Not enough history yet.';
    fig.append(p);
    return fig;
  }
  let x0 = points[0].x, x1 = points[points.length - 1].x;
  if (x1 === x0) x1 = x0 + 1;
  let y0 = Math.min(...points.map((p) => p.y)), y1 = Math.max(...points.map((p) => p.y));
  if (opts.zero) y0 = Math.min(0, y0);
  if (y1 === y0) {
    if (opts.zero && y0 === 0) y1 = 1;
    else { y1 = y0 + (Math.abs(y0) || 1) * 0.01; y0 = y0 - (Math.abs(y0) || 1) * 0.01; }
  }
  const px = (x) => L + ((x - x0) / (x1 - x0)) * (W - L - R);
  const py = (y) => T + (1 - (y - y0) / (y1 - y0)) * (H - T - B);
  const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title });
  g.append(svg('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, class: 'axis' }));
  g.append(svg('line', { x1: L, y1: T, x2: L, y2: H - B, class: 'axis' }));
  for (const [y, anchor] of [[y1, T + 4], [y0, H - B]]) {
    const t = svg('text', { x: L - 6, y: anchor, 'text-anchor': 'end', class: 'tick' });
    t.textContent = fmt(y);
    g.append(t);
  }
  for (const [x, anchor] of [[x0, 'start'], [x1, 'end']]) {
    const t = svg('text', { x: px(x), y: H - 6, 'text-anchor': anchor, class: 'tick' });
    t.textContent = day(x);
    g.append(t);
  }
  const d = points.map((p, i) => (i ? 'L' : 'M') + px(p.x).toFixed(1) + ' ' + py(p.y).toFixed(1)).join(' ');
  g.append(svg('path', { d, class: 'line' + (opts.steps ? ' steps' : '') }));
  if (opts.dots) {
    for (const p of points) g.append(svg('circle', { cx: px(p.x).toFixed(1), cy: py(p.y).toFixed(1), r: 3, class: 'dot' }));
  }
  fig.append(g);
  return fig;
}
