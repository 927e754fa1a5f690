// The program explorer: filters sent to /api/programs, a sortable table with estimated values
// marked, the offline map (dots coloured by chance when there is a plan), and selection for the
// optimizer.
import { ApiFailure, getJson, query } from './api.js';
import { clear, el } from './dom.js';
import { drawMap } from './map.js';
import { onAdviceChange, pickFor, shared, toggleSelected } from './state.js';

let programs = [];
let sortKey = null;
let ascending = true;

const value = (id) => document.getElementById(id).value;

function compare(a, b) {
  const x = a[sortKey];
  const y = b[sortKey];
  if (x === y) return 0;
  if (x === undefined || x === null) return 1;
  if (y === undefined || y === null) return -1;
  const order = typeof x === 'string' ? x.localeCompare(y) : (x < y ? -1 : 1);
  return ascending ? order : -order;
}

function estimatedMark(estimated, source) {
  if (!estimated) return '';
  return el('span', { className: 'estimated', title: `estimated: ${source}`, text: '*' });
}

function row(p) {
  const box = el('input', { type: 'checkbox', 'aria-label': `Select ${p.name}` });
  box.checked = shared.selected.has(p.acgmeId);
  box.addEventListener('change', () => {
    toggleSelected(p, box.checked);
    render();
  });
  return el('tr', { 'data-id': p.acgmeId },
    el('td', {}, box),
    el('td', { text: p.name }),
    el('td', { text: p.city }),
    el('td', { text: p.state }),
    el('td', { className: 'num' }, p.positions === null ? '–' : String(p.positions),
      estimatedMark(p.positionsEstimated, p.positionsSource)),
    el('td', {}, p.academic ? 'academic' : 'community',
      estimatedMark(p.academicEstimated, p.academicSource)),
    el('td', { className: 'num', text: p.distanceMiles === undefined ? '' : p.distanceMiles.toFixed(0) }));
}

function render() {
  const body = document.querySelector('#program-table tbody');
  clear(body);
  const shown = sortKey ? [...programs].sort(compare) : programs;
  shown.forEach((p) => body.append(row(p)));
  document.querySelectorAll('#program-table th[data-key]').forEach((th) => {
    if (th.dataset.key === sortKey) {
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    } else {
      th.removeAttribute('aria-sort');
    }
  });
  drawMap(document.getElementById('program-map'), programs,
    (p) => shared.selected.has(p.acgmeId),
    (p) => { toggleSelected(p, !shared.selected.has(p.acgmeId)); render(); },
    (p) => pickFor(p.acgmeId));
  document.getElementById('map-legend').hidden = !programs.some((p) => pickFor(p.acgmeId));
}

async function search(event) {
  if (event) event.preventDefault();
  const error = document.getElementById('search-error');
  const summary = document.getElementById('search-summary');
  error.textContent = '';
  summary.textContent = 'Searching…';
  try {
    programs = await getJson(`/api/programs${query({
      specialty: value('search-specialty'), state: value('search-state'),
      near: value('search-near'), within: value('search-within'),
      minPositions: value('search-minPositions'), limit: 500 })}`);
    sortKey = null;
    summary.textContent = `${programs.length} programs found${programs.length === 500 ? ' (first 500)' : ''}.`;
    render();
  } catch (e) {
    summary.textContent = '';
    error.textContent = e instanceof ApiFailure && e.field ? `${e.field}: ${e.message}` : e.message;
  }
}

export function initPrograms(goToOptimize) {
  onAdviceChange(render);
  document.getElementById('search-form').addEventListener('submit', search);
  document.querySelectorAll('#program-table th[data-key] button').forEach((button) => {
    button.addEventListener('click', () => {
      const key = button.parentElement.dataset.key;
      ascending = sortKey === key ? !ascending : true;
      sortKey = key;
      render();
    });
  });
  document.getElementById('to-optimize').addEventListener('click', goToOptimize);
}
