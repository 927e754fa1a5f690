// The Rank list view: the programs that interviewed the student in their true order, reordered by
// drag or by ↑/↓ buttons; after each change (debounced) a `ranklist` job runs on the saved profile
// (the same scenarios and seed as the plan when there is one, so the scenarios come from the
// server's cache) and the view shows P(match) at each rank and P(unmatched) with 95% intervals,
// a Chart.js bar chart, the warnings, the honesty (strategy-proofness) check and the backchannel
// report. Every string is set with textContent; every field of the result is read defensively.
import { ApiFailure, getJson, sendJson } from './api.js';
import { renderBackchannel } from './backchannel.js';
import { clear, el, option, showFieldError } from './dom.js';
import { bar } from './plan.js';
import { onAdviceChange, onProfileChange, shared } from './state.js';

const DEBOUNCE_MS = 500;
const byId = (id) => document.getElementById(id);
const pct = (x) => `${(100 * x).toFixed(0)}%`;
const isNumber = (x) => typeof x === 'number' && Number.isFinite(x);
const interval = (e) => (e && isNumber(e.p)
  ? `${pct(e.p)} (95% interval ${pct(e.low)}–${pct(e.high)})` : '–');

let items = [];        // [{id, name, signal}] in the student's order
let signals = [];      // [{name, description, likelihoodRatio}] from /api/interview-signals
let result = null;     // the latest result, for the order in `resultOrder`
let resultOrder = '';
let timer = null;
let job = null;        // {id, events} of the job in flight
let chart = null;
let dragged = null;

const orderKey = () => JSON.stringify(items.map((i) => [i.id, i.signal]));

function programName(id) {
  for (const o of byId('program-choices').options) {
    if (o.value === id) return o.textContent || id;
  }
  return null;
}

function announce(text) {
  byId('ranklist-announce').textContent = text;
}

function move(from, to, focusClass) {
  if (to < 0 || to >= items.length || from === to) return;
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item);
  renderItems();
  announce(`${item.name} moved to rank ${to + 1} of ${items.length}.`);
  if (focusClass) {
    const row = byId('ranklist-items').children[to];
    let button = row && row.querySelector(`button.${focusClass}`);
    if (button && button.disabled) button = row.querySelector('button.move-up:not([disabled]), button.move-down:not([disabled])');
    if (button) button.focus();
  }
  changed();
}

function signalSelect(item, index) {
  const select = el('select', { id: `ranklist-signal-${index}`, className: 'signal',
    'aria-label': `What you noticed after interviewing at ${item.name}` });
  select.append(option('', 'Nothing noted (no change)'));
  for (const s of signals) {
    select.append(option(s.name, `${s.description} (odds ×${s.likelihoodRatio})`));
  }
  select.value = item.signal || '';
  select.addEventListener('change', () => {
    item.signal = select.value;
    changed();
  });
  return select;
}

function chanceCell(item) {
  const cell = el('div', { className: 'rank-chance' });
  const current = result && resultOrder === orderKey();
  const rank = current ? (result.rankList.ranks || []).find((r) => r.id === item.id) : null;
  if (!rank) {
    cell.append(el('span', { className: 'status', text: items.length ? 'P(match here): updating…' : '' }));
    return cell;
  }
  cell.append(el('span', { className: 'label', text: 'P(match here) ' }), bar(rank.matchHere,
    `P(match at ${item.name})`), el('span', { className: 'match-here', text: interval(rank.matchHere) }));
  if (rank.clearsCutoff) {
    cell.append(el('span', { className: 'hint', text: ` · clears its cutoff ${interval(rank.clearsCutoff)}` }));
  }
  return cell;
}

function renderItems() {
  const root = byId('ranklist-items');
  clear(root);
  items.forEach((item, index) => {
    const up = el('button', { type: 'button', className: 'secondary move-up', text: '↑',
      'aria-label': `Move ${item.name} up`, disabled: index === 0 });
    const down = el('button', { type: 'button', className: 'secondary move-down', text: '↓',
      'aria-label': `Move ${item.name} down`, disabled: index === items.length - 1 });
    const remove = el('button', { type: 'button', className: 'danger remove', text: 'Remove',
      'aria-label': `Remove ${item.name}` });
    up.addEventListener('click', () => move(index, index - 1, 'move-up'));
    down.addEventListener('click', () => move(index, index + 1, 'move-down'));
    remove.addEventListener('click', () => {
      items.splice(index, 1);
      renderItems();
      announce(`${item.name} removed.`);
      changed();
    });
    const row = el('li', { className: 'rank-item', draggable: 'true', 'data-id': item.id },
      el('span', { className: 'rank-number', text: String(index + 1), 'aria-hidden': 'true' }),
      el('div', { className: 'rank-main' },
        el('span', { className: 'rank-name', text: item.name }),
        chanceCell(item),
        el('label', { className: 'inline', for: `ranklist-signal-${index}` },
          el('span', { text: 'Noticed: ' }), signalSelect(item, index))),
      el('div', { className: 'rank-buttons' }, up, down, remove));
    row.addEventListener('dragstart', (event) => {
      dragged = index;
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.id);
      row.classList.add('dragging');
    });
    row.addEventListener('dragend', () => row.classList.remove('dragging'));
    row.addEventListener('dragover', (event) => event.preventDefault());
    row.addEventListener('drop', (event) => {
      event.preventDefault();
      if (dragged !== null) move(dragged, index);
      dragged = null;
    });
    root.append(row);
  });
}

function options() {
  let valid = true;
  const k = byId('ranklist-scenarios').value.trim();
  if (!/^\d+$/.test(k) || Number(k) < 1 || Number(k) > 2000) {
    showFieldError('ranklist-scenarios', `“${k}” is not a number of scenarios (1–2000).`);
    valid = false;
  } else {
    showFieldError('ranklist-scenarios', '');
  }
  const s = byId('ranklist-seed').value.trim();
  if (s !== '' && !/^-?\d{1,18}$/.test(s)) {
    showFieldError('ranklist-seed', `“${s}” is not a whole-number seed.`);
    valid = false;
  } else {
    showFieldError('ranklist-seed', '');
  }
  if (!valid) return null;
  const body = { rankOrder: items.map((i) => i.id), scenarios: Number(k),
    signals: items.filter((i) => i.signal).map((i) => ({ program: i.id, saw: i.signal })) };
  if (s !== '') body.seed = Number(s);
  return body;
}

// Called after every change: the list re-renders now, the numbers after a pause.
function changed() {
  byId('ranklist-error').textContent = '';
  // The numbers shown are for the list as it was: mark them stale until the new ones arrive.
  document.querySelectorAll('#ranklist-items .rank-chance').forEach((cell) => cell.replaceChildren(
    el('span', { className: 'status', text: 'P(match here): updating…' })));
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    run().catch((e) => { byId('ranklist-error').textContent = e.message; });
  }, DEBOUNCE_MS);
}

function setRunning(running) {
  byId('ranklist-progress').hidden = !running;
  byId('ranklist-items').setAttribute('aria-busy', String(running));
}

async function stopJob() {
  if (!job) return;
  const { id, events } = job;
  job = null;
  events.close();
  try {
    await sendJson('DELETE', `/api/jobs/${encodeURIComponent(id)}`);
  } catch (error) {
    // It may have finished (or been dropped) meanwhile: nothing to stop.
    if (!(error instanceof ApiFailure)) throw error;
  }
}

function finished(final, key) {
  if (job) job.events.close();
  job = null;
  setRunning(false);
  if (final.status === 'succeeded') {
    byId('ranklist-message').textContent = '';
    showResult(final.result, key);
  } else if (final.status === 'failed') {
    const error = final.error || {};
    byId('ranklist-error').textContent = `The rank list could not be computed: ${error.message || final.status}`;
  }
}

function follow(started, key) {
  const events = new EventSource(started.links.events);
  job = { id: started.id, events };
  const mine = () => job && job.id === started.id;
  events.addEventListener('progress', (e) => {
    if (!mine()) return;
    const state = JSON.parse(e.data);
    byId('ranklist-bar').value = state.progress;
    byId('ranklist-message').textContent = `${pct(state.progress)} — ${state.message}`;
  });
  events.addEventListener('done', (e) => {
    if (mine()) finished(JSON.parse(e.data), key);
  });
  events.addEventListener('error', () => {
    if (!mine()) return;
    events.close();
    getJson(started.links.self).then((state) => {
      if (!mine()) return;
      if (['succeeded', 'failed', 'cancelled'].includes(state.status)) finished(state, key);
      else follow(state, key);
    }).catch((error) => {
      setRunning(false);
      byId('ranklist-error').textContent = `Lost the job's progress: ${error.message}`;
    });
  });
}

async function run() {
  await stopJob();
  if (!shared.profile || items.length === 0) {
    result = null;
    renderResult();
    return;
  }
  const body = options();
  if (!body) return;
  const key = orderKey();
  try {
    const started = await sendJson('POST',
      `/api/profiles/${encodeURIComponent(shared.profile.id)}/ranklist`, body);
    if (key !== orderKey()) {
      // Changed again while starting: the next run replaces it.
      await sendJson('DELETE', `/api/jobs/${encodeURIComponent(started.id)}`).catch(() => {});
      return;
    }
    setRunning(true);
    follow(started, key);
  } catch (error) {
    if (error instanceof ApiFailure && byId(`ranklist-${error.field}-error`)) {
      showFieldError(`ranklist-${error.field}`, error.message);
    } else {
      byId('ranklist-error').textContent = error.message;
    }
  }
}

function showResult(document, key) {
  result = document && document.rankList ? document : null;
  resultOrder = key;
  if (result && isNumber(result.seed) && byId('ranklist-seed').value.trim() === '') {
    byId('ranklist-seed').value = String(result.seed);
  }
  renderItems();
  renderResult();
}

function source(doc) {
  return `Source: SmartPick market model, ${doc.scenarios} simulated scenarios of `
    + `${doc.specialty}, seed ${doc.seed}; P(match) at each rank by applicant-proposing deferred `
    + 'acceptance with fixed cutoffs (Azevedo & Leshno 2016). Estimated, not official figures.';
}

function summaryItem(list, term, text) {
  list.append(el('dt', { text: term }), el('dd', {}, el('span', { text }),
    el('span', { className: 'estimated-tag', text: 'estimated' })));
}

function renderSummary(rank, doc) {
  const list = byId('ranklist-summary');
  clear(list);
  summaryItem(list, 'P(unmatched)', interval(rank.unmatched));
  const u = rank.unmatched;
  if (u && isNumber(u.p)) {
    summaryItem(list, 'P(match) with this list', interval({ p: 1 - u.p, low: 1 - u.high, high: 1 - u.low }));
  }
  if (isNumber(rank.expectedRank)) {
    summaryItem(list, 'Expected rank if matched', rank.expectedRank.toFixed(2));
  }
  if (isNumber(rank.modelMatchChanceForThisManyRanks)) {
    summaryItem(list, `Applicants in ${doc.specialty} with ${(rank.ranks || []).length} ranks match`,
      pct(rank.modelMatchChanceForThisManyRanks));
  }
  if (isNumber(rank.effectiveScenarios)) {
    summaryItem(list, 'Effective scenarios (after your signals)', rank.effectiveScenarios.toFixed(1));
  }
}

function renderWarnings(rank) {
  const list = byId('ranklist-warnings');
  clear(list);
  const warnings = Array.isArray(rank.warnings) ? rank.warnings : [];
  warnings.forEach((w) => list.append(el('li', { text: w })));
  list.hidden = warnings.length === 0;
}

function renderHonesty(rank) {
  const root = byId('ranklist-honesty');
  clear(root);
  const s = rank.strategyProofness;
  if (!s) return;
  const names = new Map((rank.ranks || []).map((r) => [r.id, r.name]));
  const best = Array.isArray(s.bestAlternative) ? s.bestAlternative : [];
  const n = (x) => (isNumber(x) ? x.toFixed(3) : '–');
  root.append(
    el('p', { text: `Your true order: expected utility ${n(s.honestExpectedUtility)}. `
      + `Best of ${s.alternativesTried} other orders (each of your programs moved to every other `
      + `rank): ${n(s.bestAlternativeExpectedUtility)} — not better.` }),
    best.length ? el('p', { className: 'hint', text: `That order: ${best.map((id) => names.get(id) || id).join(' › ')}.` }) : '',
    el('p', { text: s.honestDominates
      ? `Your order is at least as good as every alternative for every way of valuing these programs (${s.alternativesWorseSomewhere} of them are worse in some scenario).`
      : 'Your order is not better than every alternative in every respect here (possible with very few scenarios, after reweighting by signals, or for couples).' }),
    el('p', { className: 'note', text: s.note || '' }));
}

function renderChart(rank) {
  const ranks = rank.ranks || [];
  const labels = [...ranks.map((r) => `#${r.rank} ${r.name}`), 'Unmatched'];
  const estimates = [...ranks.map((r) => r.matchHere), rank.unmatched].map((e) => e || { p: 0, low: 0, high: 0 });
  const data = {
    labels: labels.map((l) => (l.length > 28 ? `${l.slice(0, 27)}…` : l)),
    datasets: [
      { label: 'P(match), % (estimated)', data: estimates.map((e) => 100 * e.p),
        backgroundColor: [...ranks.map(() => '#0b5fa5'), '#b3261e'] },
      { label: '95% interval, %', data: estimates.map((e) => [100 * e.low, 100 * e.high]),
        backgroundColor: 'rgba(29, 38, 48, 0.25)', barPercentage: 0.25 },
    ],
  };
  if (chart) chart.destroy();
  chart = new window.Chart(byId('ranklist-chart'), {
    type: 'bar',
    data,
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: { y: { min: 0, max: 100, title: { display: true, text: 'P(match), % (estimated)' } } },
    },
  });
  byId('ranklist-chart').setAttribute('aria-label', `P(match) at each rank: ${ranks.map((r) => `rank ${r.rank} ${interval(r.matchHere)}`).join('; ')}; unmatched ${interval(rank.unmatched)}.`);
}

function renderResult() {
  const root = byId('ranklist-result');
  if (!result) {
    root.hidden = true;
    return;
  }
  root.hidden = false;
  const rank = result.rankList;
  const caveats = byId('ranklist-caveats');
  clear(caveats);
  caveats.append(el('strong', { text: 'Read these numbers with care. ' }),
    ...(Array.isArray(result.caveats) ? result.caveats : []).map((c) => el('span', { text: `${c} ` })));
  renderSummary(rank, result);
  renderWarnings(rank);
  renderChart(rank);
  renderHonesty(rank);
  renderBackchannel(byId('ranklist-backchannel'), result.backchannel, source(result));
  byId('ranklist-source').textContent = `${source(result)} Intervals are 95% intervals over the scenarios.`;
}

function add(event) {
  event.preventDefault();
  const field = byId('ranklist-program');
  const id = field.value.trim();
  if (!shared.profile) {
    showFieldError('ranklist-program', 'Save your profile first (Profile tab).');
    return;
  }
  const name = programName(id);
  if (!/^\d{10}$/.test(id) || !name) {
    showFieldError('ranklist-program', `“${id}” is not a program of your specialty: pick one from the list.`);
    return;
  }
  if (items.some((i) => i.id === id)) {
    showFieldError('ranklist-program', `${name} is already on your list.`);
    return;
  }
  showFieldError('ranklist-program', '');
  items.push({ id, name, signal: '' });
  field.value = '';
  renderItems();
  announce(`${name} added at rank ${items.length}.`);
  changed();
}

// The plan's scenarios and seed, so the rank list runs on the same (cached) scenarios.
function adoptAdvice() {
  const advice = shared.advice;
  if (advice && isNumber(advice.scenarios) && isNumber(advice.seed)) {
    byId('ranklist-scenarios').value = String(advice.scenarios);
    byId('ranklist-seed').value = String(advice.seed);
    if (items.length) changed();
  }
}

// Opens the profile's latest saved rank list, if any.
async function loadLatest() {
  await stopJob();
  byId('ranklist-needs-profile').hidden = Boolean(shared.profile);
  items = [];
  result = null;
  if (shared.profile) {
    try {
      const saved = await getJson(`/api/profiles/${encodeURIComponent(shared.profile.id)}/ranklist`);
      const doc = saved.result;
      const ranks = (doc && doc.rankList && doc.rankList.ranks) || [];
      items = ranks.map((r) => ({ id: r.id, name: r.name || r.id,
        signal: Array.isArray(r.signals) && r.signals.length ? r.signals[0] : '' }));
      if (isNumber(doc.scenarios)) byId('ranklist-scenarios').value = String(doc.scenarios);
      if (isNumber(doc.seed)) byId('ranklist-seed').value = String(doc.seed);
      showResult(doc, orderKey());
      return;
    } catch (error) {
      if (!(error instanceof ApiFailure && error.status === 404)) throw error;
    }
  }
  renderItems();
  renderResult();
}

export async function initRankList() {
  signals = await getJson('/api/interview-signals');
  byId('ranklist-add-form').addEventListener('submit', add);
  for (const id of ['ranklist-scenarios', 'ranklist-seed']) {
    byId(id).addEventListener('change', changed);
  }
  onAdviceChange(adoptAdvice);
  onProfileChange(() => loadLatest().catch((e) => { byId('ranklist-error').textContent = e.message; }));
  await loadLatest();
}
