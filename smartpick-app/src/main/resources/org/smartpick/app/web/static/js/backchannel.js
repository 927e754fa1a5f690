// The backchannel report (docs/advise.md, "Backchannel report"): per program, P(a call) with its
// interval and by window, the probable type and reason, the expected effect on your rank score,
// P(clearing the cutoff) with and without the calls, and the ties that drive them; the what-ifs as
// P(match) with and without the change; which advocate covers which programs; the guidance.
// Shared by the Rank list view and the Plan (when the advice carries a `backchannel` section).
// Every field is treated as optional, and every string is set with textContent.
import { clear, el } from './dom.js';

const pct = (x) => `${(100 * x).toFixed(0)}%`;
const isNumber = (x) => typeof x === 'number' && Number.isFinite(x);
const list = (x) => (Array.isArray(x) ? x : []);
const words = (x) => String(x).toLowerCase().replace(/_/g, ' ');

function estimate(e) {
  if (!e || !isNumber(e.p)) return '–';
  return isNumber(e.low) && isNumber(e.high)
    ? `${pct(e.p)} (95% interval ${pct(e.low)}–${pct(e.high)})` : pct(e.p);
}

function windows(byWindow) {
  if (!byWindow || typeof byWindow !== 'object') return '–';
  const parts = Object.entries(byWindow).filter(([, p]) => isNumber(p))
    .map(([name, p]) => `${words(name)} ${pct(p)}`);
  return parts.length ? parts.join('; ') : '–';
}

function shift(x) {
  if (!isNumber(x)) return '–';
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)} on your rank score`;
}

function programTable(programs) {
  const body = el('tbody');
  for (const p of programs) {
    const kind = p.type ? `${words(p.type)}${p.reason ? ` about ${words(p.reason)}` : ''}`
      : 'mostly never discussed';
    const drivers = list(p.drivers);
    body.append(el('tr', { 'data-id': p.id || '' },
      el('td', { text: p.name || p.id || '' }),
      el('td', { text: estimate(p.anyCall) }),
      el('td', { text: windows(p.byWindow) }),
      el('td', { text: kind }),
      el('td', { text: shift(p.meanRankScoreShift) }),
      el('td', { text: `${estimate(p.clearsWithCalls)} with the calls; `
        + `${estimate(p.clearsWithoutCalls)} without` }),
      el('td', {}, drivers.length ? el('ul', { className: 'plain' },
        ...drivers.map((d) => el('li', { text: d }))) : el('span', { text: '–' }))));
  }
  return el('div', { className: 'table-wrap' }, el('table', { className: 'backchannel-table' },
    el('caption', { text: 'Per program: how likely a call about you is, when, of what kind, '
      + 'and what it does (estimated; 95% intervals over the scenarios)' }),
    el('thead', {}, el('tr', {},
      ...['Program', 'P(a call)', 'By window', 'Probable type and reason', 'Expected effect',
        'P(clears the cutoff)', 'The tie that drives it']
        .map((h) => el('th', { scope: 'col', text: h })))),
    body));
}

function whatIfTable(whatIfs) {
  const body = el('tbody');
  for (const w of whatIfs) {
    body.append(el('tr', {},
      el('td', { text: w.title || '' }),
      el('td', { className: 'num', text: isNumber(w.matchAsIs) ? pct(w.matchAsIs) : '–' }),
      el('td', { className: 'num', text: isNumber(w.matchChanged) ? pct(w.matchChanged) : '–' }),
      el('td', { text: w.advice || '' })));
  }
  return el('div', { className: 'table-wrap' }, el('table', { className: 'whatif-table' },
    el('caption', { text: 'What if… P(match) as things are and with the change, on the same '
      + 'scenarios and draws (estimated)' }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'What if' }),
      el('th', { scope: 'col', className: 'num', text: 'P(match) as is' }),
      el('th', { scope: 'col', className: 'num', text: 'With the change' }),
      el('th', { scope: 'col', text: 'What it means for you' }))),
    body));
}

// Fills `root` (a .backchannel section) from a report; hides it when there is none.
export function renderBackchannel(root, report, source) {
  const body = root.querySelector('.backchannel-body');
  clear(body);
  if (!report || typeof report !== 'object') {
    root.hidden = true;
    return false;
  }
  root.hidden = false;
  body.append(el('p', { className: 'hint', text: 'Program directors and faculty phone each other '
    + 'about applicants. The model places these calls the way the field describes them: shared '
    + 'schools, rotations, advocates, and anything glaring in a file.' }));
  const programs = list(report.programs);
  if (programs.length) body.append(programTable(programs));
  const whatIfs = list(report.whatIfs);
  if (whatIfs.length) body.append(whatIfTable(whatIfs));
  const coverage = list(report.coverage);
  if (coverage.length) {
    body.append(el('h4', { text: 'Your advocates' }), el('ul', {}, ...coverage.map((c) => {
      const covered = list(c.programs);
      return el('li', { text: `${c.advocate || 'An advocate'}: ${covered.length
        ? covered.join('; ') : 'none of these programs'}` });
    })));
  }
  const guidance = list(report.guidance);
  if (guidance.length) {
    body.append(el('h4', { text: 'Guidance' }),
      el('ul', { className: 'guidance' }, ...guidance.map((g) => el('li', { text: g }))));
  }
  if (report.today && report.todayPhase) {
    body.append(el('p', { className: 'source',
      text: `Today (${report.today}) is in the phase “${words(report.todayPhase)}” of the cycle.` }));
  }
  body.append(el('p', { className: 'source', text: source }));
  return true;
}
