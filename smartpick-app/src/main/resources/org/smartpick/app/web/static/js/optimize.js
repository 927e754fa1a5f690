// The optimize panel: a portfolio built from the selected programs, posted to /api/optimize;
// the result as a table and a Chart.js diminishing-returns chart.
import { ApiFailure, query, sendJson } from './api.js';
import { clear, el } from './dom.js';
import { onSelectionChange, shared, toggleSelected } from './state.js';

let chart = null;
const inputs = new Map(); // acgmeId -> {p, utility} input elements

function renderPortfolio() {
  const body = document.querySelector('#portfolio-table tbody');
  clear(body);
  document.getElementById('portfolio-empty').hidden = shared.selected.size > 0;
  for (const program of shared.selected.values()) {
    const previous = inputs.get(program.acgmeId);
    const p = el('input', { type: 'number', min: 0, max: 1, step: 0.01, required: true,
      value: previous ? previous.p.value : '0.3', 'aria-label': `Chance at ${program.name}` });
    const utility = el('input', { type: 'number', min: 0, step: 0.1, required: true,
      value: previous ? previous.utility.value : '1', 'aria-label': `Utility of ${program.name}` });
    inputs.set(program.acgmeId, { p, utility });
    const remove = el('button', { type: 'button', className: 'secondary', text: 'Remove',
      'aria-label': `Remove ${program.name}` });
    remove.addEventListener('click', () => toggleSelected(program, false));
    body.append(el('tr', { 'data-id': program.acgmeId },
      el('td', { text: `${program.name} (${program.city}, ${program.state})` }),
      el('td', {}, p), el('td', {}, utility), el('td', {}, remove)));
  }
}

function problem() {
  const programs = [...shared.selected.values()].map((program) => {
    const fields = inputs.get(program.acgmeId);
    return { id: program.acgmeId, p: Number(fields.p.value), utility: Number(fields.utility.value) };
  });
  return { programs, budget: Number(document.getElementById('budget').value) };
}

function describeField(field) {
  const match = /^programs\[(\d+)\]\.(\w+)$/.exec(field || '');
  if (!match) return field;
  const program = [...shared.selected.values()][Number(match[1])];
  return program ? `${program.name}: ${match[2]}` : field;
}

function showResult(result) {
  document.getElementById('optimize-result').hidden = false;
  const percent = (x) => `${(100 * x).toFixed(1)}%`;
  document.getElementById('optimize-summary').textContent =
    `${result.chosen.length} programs, expected value ${result.value.toFixed(3)} `
    + `(${result.exact ? 'optimal' : `within ${percent(result.gap)} of optimal`}; ${result.method}).`;
  const body = document.querySelector('#result-table tbody');
  clear(body);
  result.steps.forEach((step, i) => {
    const program = shared.selected.get(step.id);
    body.append(el('tr', {},
      el('td', { text: String(i + 1) }),
      el('td', { text: program ? program.name : step.id }),
      el('td', { className: 'num', text: step.p.toFixed(2) }),
      el('td', { className: 'num', text: step.utility.toFixed(2) }),
      el('td', { className: 'num', text: step.valueAfter.toFixed(3) })));
  });
  const labels = [0, ...result.steps.map((_, i) => i + 1)];
  const values = [0, ...result.steps.map((s) => s.valueAfter)];
  if (chart) chart.destroy();
  chart = new window.Chart(document.getElementById('returns-chart'), {
    type: 'line',
    data: { labels, datasets: [{ label: 'Expected value', data: values, borderColor: '#0b5fa5',
      backgroundColor: 'rgba(11, 95, 165, 0.15)', fill: true, tension: 0.2 }] },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: {
        x: { title: { display: true, text: 'Applications' } },
        y: { title: { display: true, text: 'Expected value' }, beginAtZero: true },
      },
    },
  });
}

async function optimize(event) {
  event.preventDefault();
  const error = document.getElementById('optimize-error');
  error.textContent = '';
  if (shared.selected.size === 0) {
    error.textContent = 'Select programs under Programs first.';
    return;
  }
  try {
    const profileId = shared.profile ? shared.profile.id : undefined;
    const result = await sendJson('POST', `/api/optimize${query({ profileId })}`, problem());
    showResult(result);
  } catch (e) {
    if (e instanceof ApiFailure && e.status === 404) {
      shared.profile = null;
    }
    error.textContent = e instanceof ApiFailure && e.field
      ? `${describeField(e.field)}: ${e.message}` : e.message;
  }
}

export function initOptimize() {
  onSelectionChange(renderPortfolio);
  renderPortfolio();
  document.getElementById('optimize-form').addEventListener('submit', optimize);
}
