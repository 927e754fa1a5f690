// The Plan view: starts an advice job for the saved profile, follows its progress (server-sent
// events) with a cancel button, and shows the plan: the list grouped reach/target/likely with
// chance bars and 95% intervals, P(match) overall, expected interviews, the certified gap, the
// diminishing-returns chart with the budget marked and the naive comparisons. Every number is a
// button that opens its explanation. All numbers are model estimates; the caveats sit next to them.
import { ApiFailure, getJson, sendJson } from './api.js';
import { renderBackchannel } from './backchannel.js';
import { clear, el, showFieldError, svg } from './dom.js';
import { onProfileChange, setAdvice, shared } from './state.js';

const GROUPS = [
  ['reach', 'Reach', 'P(match here) under 10%'],
  ['target', 'Target', 'P(match here) 10–35%'],
  ['likely', 'Likely', 'P(match here) 35% or more'],
];
let chart = null;
let job = null;     // {id, events: EventSource} while one runs
let whyCount = 0;

const byId = (id) => document.getElementById(id);
const pct = (x) => `${(100 * x).toFixed(0)}%`;
const interval = (e) => `${pct(e.p)} (95% interval ${pct(e.low)}–${pct(e.high)})`;

// The 95% Wilson interval of a share p of n scenarios (how the engine states its estimates).
export function wilson(p, n) {
  const z = 1.959964;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

// A button showing a number; it opens (and closes) the panel that explains it.
function explained(text, panel, label) {
  const id = `why-${++whyCount}`;
  panel.id = id;
  panel.hidden = true;
  const button = el('button', { type: 'button', className: 'number', 'aria-expanded': 'false',
    'aria-controls': id, text, title: 'Why this number?' });
  button.setAttribute('aria-label', `${label}: ${text}. Show why`);
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });
  return button;
}

function whyPanel(title, summary, factors, source) {
  return el('div', { className: 'why' },
    el('p', {}, el('strong', { text: `${title}: ` }), summary),
    el('ul', {}, ...factors.map((f) => el('li', { text: f }))),
    el('p', { className: 'source', text: source }));
}

// A chance bar: the estimate filled, its 95% interval as a line with end ticks.
export function bar(e, label) {
  const width = 120;
  const x = (v) => (v * width).toFixed(1);
  const node = svg('svg', { class: 'bar', viewBox: `0 0 ${width} 14`, width, height: 14,
    role: 'img', 'aria-label': `${label} ${interval(e)}` });
  node.append(svg('rect', { class: 'track', x: 0, y: 3, width, height: 8, rx: 2 }));
  node.append(svg('rect', { class: 'fill', x: 0, y: 3, width: x(e.p), height: 8, rx: 2 }));
  node.append(svg('line', { class: 'ci', x1: x(e.low), x2: x(e.high), y1: 7, y2: 7 }));
  node.append(svg('line', { class: 'ci', x1: x(e.low), x2: x(e.low), y1: 2, y2: 12 }));
  node.append(svg('line', { class: 'ci', x1: x(e.high), x2: x(e.high), y1: 2, y2: 12 }));
  return node;
}

function source(advice) {
  return `Source: SmartPick market model, ${advice.scenarios} simulated scenarios of `
    + `${advice.specialty}, seed ${advice.seed}. Estimated, not official figures.`;
}

function summaryItem(list, term, text, panel, estimated = true) {
  list.append(el('dt', { text: term }), el('dd', {}, explained(text, panel, term),
    estimated ? el('span', { className: 'estimated-tag', text: 'estimated' }) : '', panel));
}

function renderSummary(advice) {
  const list = byId('plan-summary');
  clear(list);
  const src = source(advice);
  const n = advice.picks.length;
  summaryItem(list, 'P(match) with this list', interval(advice.matchChance),
    whyPanel('P(match)', `The share of the ${advice.scenarios} scenarios in which applying to these `
      + `${n} programs gets you matched to one of them (on fresh draws of your own luck, held out `
      + 'from the choice of the list), with its 95% Wilson interval.',
    [`Budget: ${advice.budget} applications (${advice.budgetSource}); the plan uses ${n}.`,
      ...advice.caveats], src));
  if (advice.signals && advice.matchChanceWithoutSignals) {
    summaryItem(list, 'Signals', `${advice.signals.used} of ${advice.signals.available} used`,
      whyPanel('Signals', 'Signals go to the programs where they add the most to the same '
        + 'objective as the list (gold first where the specialty has tiers).',
      [advice.signals.note, `Without signals this list's P(match) is `
        + `${interval(advice.matchChanceWithoutSignals)} (estimated).`], src), false);
  }
  summaryItem(list, 'Expected interviews', advice.expectedInterviews.toFixed(1),
    whyPanel('Expected interviews', 'The average number of interviews you would attend with this '
      + 'list, over the scenarios, on fresh draws of your own luck, with the interview cap.',
    ['Each program’s P(interview) opens its own explanation in the tables below.'], src));
  summaryItem(list, 'Certified gap to the best list',
    `${advice.certifiedGap.toFixed(3)} (optimized ${advice.optimizedValue.toFixed(3)}, `
      + `bound ${advice.upperBound.toFixed(3)})`,
    whyPanel('Certified gap', 'The list is chosen to maximise expected utility: the average, over '
      + 'the scenarios, of how much you would value the program you match (0 when unmatched; any '
      + 'match is worth at least half of the ideal one).',
    ['The list is built greedily; because the objective is submodular, no list within the budget '
      + `can score more than ${advice.upperBound.toFixed(3)} on these scenarios, and this one `
      + `scores ${advice.optimizedValue.toFixed(3)}: it is within ${advice.certifiedGap.toFixed(3)} `
      + 'of the best possible one.',
    `On fresh draws of your own luck (held out from the choice) the list's expected utility is `
      + `${advice.expectedUtility.toFixed(3)}; the chances shown are measured the same way.`], src));
}

function chanceCell(pick, e, why, title, src) {
  const panel = whyPanel(`${title} at ${pick.name}`, why.summary, why.factors, src);
  const button = explained(interval(e), panel, `${title} at ${pick.name}`);
  return { cell: el('td', {}, el('div', { className: 'chance' }, bar(e, title), button)), panel };
}

function renderGroups(advice) {
  const root = byId('plan-groups');
  clear(root);
  const src = source(advice);
  for (const [key, title, rule] of GROUPS) {
    const picks = advice.picks.filter((p) => p.group === key);
    const body = el('tbody');
    for (const pick of picks) {
      const interview = chanceCell(pick, pick.interview, pick.interviewWhy, 'P(interview)', src);
      const signal = chanceCell(pick, pick.interviewWithSignal, pick.interviewWhy,
        'P(interview) with a signal', src);
      const match = chanceCell(pick, pick.match, pick.matchWhy, 'P(match here)', src);
      body.append(el('tr', { 'data-id': pick.id, className: `group-${key}` },
        el('td', { className: 'num', text: String(pick.order) }),
        el('td', { text: pick.name }),
        el('td', { text: pick.state }),
        el('td', { text: pick.signal || '–' }),
        interview.cell, signal.cell, match.cell));
      body.append(el('tr', { className: 'why-row' },
        el('td', { colspan: 7 }, interview.panel, signal.panel, match.panel)));
    }
    const table = el('table', { className: 'plan-table', id: `plan-${key}` },
      el('caption', { text: `${title} (${picks.length}): ${rule}. Estimated chances; `
        + 'select a number to see why.' }),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col', className: 'num', text: '#' }),
        el('th', { scope: 'col', text: 'Program' }), el('th', { scope: 'col', text: 'State' }),
        el('th', { scope: 'col', text: 'Your signal' }),
        el('th', { scope: 'col', text: 'P(interview)' }),
        el('th', { scope: 'col', text: 'With a signal' }),
        el('th', { scope: 'col', text: 'P(match here)' }))),
      body);
    root.append(el('h3', { text: `${title} (${picks.length})` }),
      picks.length ? el('div', { className: 'table-wrap' }, table)
        : el('p', { className: 'status', text: `No ${title.toLowerCase()} programs on this list.` }));
  }
}

function renderChart(advice) {
  const points = advice.curve.map((c) => ({ x: c.applications, ...wilson(c.matchChance, advice.scenarios) }));
  const atBudget = points.filter((p) => p.x <= advice.budget).pop();
  const datasets = [
    { label: 'P(match), best list of each size', data: points.map((p) => ({ x: p.x, y: 100 * p.p })),
      borderColor: '#0b5fa5', backgroundColor: '#0b5fa5', tension: 0.2, pointRadius: 2 },
    { label: '95% interval (low)', data: points.map((p) => ({ x: p.x, y: 100 * p.low })),
      borderColor: 'rgba(11, 95, 165, 0.25)', pointRadius: 0, fill: false },
    { label: '95% interval (high)', data: points.map((p) => ({ x: p.x, y: 100 * p.high })),
      borderColor: 'rgba(11, 95, 165, 0.25)', backgroundColor: 'rgba(11, 95, 165, 0.12)',
      pointRadius: 0, fill: '-1' },
  ];
  if (atBudget) {
    datasets.push({ label: `Your budget: ${advice.budget} applications`, type: 'scatter',
      data: [{ x: atBudget.x, y: 100 * atBudget.p }], borderColor: '#e07000',
      backgroundColor: '#e07000', pointRadius: 7, pointStyle: 'triangle' });
  }
  if (chart) chart.destroy();
  chart = new window.Chart(byId('plan-chart'), {
    type: 'line',
    data: { datasets },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false, parsing: true,
      scales: {
        x: { type: 'linear', title: { display: true, text: 'Applications' }, min: 0 },
        y: { title: { display: true, text: 'P(match), % (estimated)' }, min: 0, max: 100 },
      },
    },
  });
  byId('plan-chart').setAttribute('aria-label', `P(match) against applications: `
    + `${points.map((p) => `${p.x}: ${pct(p.p)}`).join(', ')}; your budget is ${advice.budget}.`);
}

function renderComparisons(advice) {
  const body = document.querySelector('#plan-comparisons tbody');
  clear(body);
  const rows = advice.comparisons.map((c) => ({ ...c,
    estimate: wilson(c.matchChance, advice.scenarios) }));
  for (const row of rows) {
    body.append(el('tr', {},
      el('td', { text: row.strategy }),
      el('td', { className: 'num', text: String(row.applications) }),
      el('td', {}, el('div', { className: 'chance' }, bar(row.estimate, 'P(match)'),
        el('span', { text: interval(row.estimate) }))),
      el('td', { className: 'num', text: row.expectedUtility.toFixed(3) })));
  }
}

export function renderPlan(advice) {
  byId('plan').hidden = false;
  const caveats = byId('plan-caveats');
  clear(caveats);
  caveats.append(el('strong', { text: 'Read these numbers with care. ' }),
    ...advice.caveats.map((c) => el('span', { text: `${c} ` })));
  renderSummary(advice);
  renderGroups(advice);
  renderChart(advice);
  renderComparisons(advice);
  byId('plan-source').textContent = `${source(advice)} Intervals are 95% intervals over the `
    + 'scenarios (Wilson).';
  // Optional: newer advice documents carry a backchannel report for the list.
  renderBackchannel(byId('plan-backchannel'), advice.backchannel, source(advice));
  setAdvice(advice);
}

function setRunning(running) {
  byId('run-advice').disabled = running;
  byId('cancel-advice').hidden = !running;
  byId('advice-progress').hidden = !running;
}

function showProgress(state) {
  byId('advice-bar').value = state.progress;
  byId('advice-message').textContent = `${pct(state.progress)} — ${state.message}`;
}

function finished(final) {
  if (job) job.events.close();
  job = null;
  setRunning(false);
  if (final.status === 'succeeded') {
    byId('advice-message').textContent = '';
    renderPlan(final.result);
  } else if (final.status === 'cancelled') {
    byId('advice-error').textContent = 'Cancelled.';
  } else {
    const error = final.error || {};
    byId('advice-error').textContent = error.field && error.field.startsWith('document')
      ? `Your saved profile needs a fix (${error.field}): ${error.message}`
      : `The plan could not be computed: ${error.message || final.status}`;
  }
}

function follow(started) {
  const events = new EventSource(started.links.events);
  job = { id: started.id, events };
  events.addEventListener('progress', (e) => showProgress(JSON.parse(e.data)));
  events.addEventListener('done', (e) => finished(JSON.parse(e.data)));
  events.addEventListener('error', () => {
    // The stream broke before "done": ask for the job's state once.
    if (!job || job.id !== started.id) return;
    events.close();
    getJson(started.links.self).then((state) => {
      if (['succeeded', 'failed', 'cancelled'].includes(state.status)) {
        finished(state);
      } else {
        follow(state);
      }
    }).catch((error) => {
      setRunning(false);
      byId('advice-error').textContent = `Lost the job's progress: ${error.message}`;
    });
  });
}

function options() {
  const scenarios = byId('advice-scenarios');
  const seed = byId('advice-seed');
  let valid = true;
  const k = scenarios.value.trim();
  if (!/^\d+$/.test(k) || Number(k) < 1 || Number(k) > 2000) {
    showFieldError('advice-scenarios', `“${k}” is not a number of scenarios (1–2000).`);
    valid = false;
  } else {
    showFieldError('advice-scenarios', '');
  }
  const s = seed.value.trim();
  if (s !== '' && !/^-?\d{1,18}$/.test(s)) {
    showFieldError('advice-seed', `“${s}” is not a whole-number seed.`);
    valid = false;
  } else {
    showFieldError('advice-seed', '');
  }
  if (!valid) return null;
  const body = { scenarios: Number(k) };
  if (s !== '') body.seed = Number(s);
  return body;
}

async function run(event) {
  event.preventDefault();
  byId('advice-error').textContent = '';
  if (!shared.profile) {
    byId('advice-error').textContent = 'Save your profile first (Profile tab).';
    return;
  }
  const body = options();
  if (!body) return;
  try {
    const started = await sendJson('POST',
      `/api/profiles/${encodeURIComponent(shared.profile.id)}/advice`, body);
    setRunning(true);
    showProgress(started);
    follow(started);
  } catch (error) {
    if (error instanceof ApiFailure && byId(`advice-${error.field}-error`)) {
      showFieldError(`advice-${error.field}`, error.message);
    } else {
      byId('advice-error').textContent = error.message;
    }
  }
}

async function cancel() {
  if (!job) return;
  byId('advice-message').textContent = 'Cancelling…';
  await sendJson('DELETE', `/api/jobs/${encodeURIComponent(job.id)}`);
}

// Shows the profile's latest saved plan, if it has one.
async function loadLatest() {
  byId('plan-needs-profile').hidden = Boolean(shared.profile);
  byId('plan').hidden = true;
  setAdvice(null);
  if (!shared.profile) return;
  try {
    const saved = await getJson(`/api/profiles/${encodeURIComponent(shared.profile.id)}/advice`);
    renderPlan(saved.result);
  } catch (error) {
    if (!(error instanceof ApiFailure && error.status === 404)) throw error;
  }
}

export function initPlan() {
  byId('advice-form').addEventListener('submit', run);
  byId('cancel-advice').addEventListener('click',
    () => cancel().catch((e) => { byId('advice-error').textContent = e.message; }));
  onProfileChange(() => loadLatest().catch((e) => { byId('advice-error').textContent = e.message; }));
  return loadLatest();
}
