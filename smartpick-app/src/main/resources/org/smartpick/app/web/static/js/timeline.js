// The cycle timeline strip: the phases with typical dates from /api/timeline, today marked, and
// what happens in a phase (with the backchannel calls of that time) when it is selected.
import { getJson } from './api.js';
import { clear, el } from './dom.js';

function showPhase(phase) {
  const detail = document.getElementById('timeline-detail');
  clear(detail);
  detail.append(el('p', {}, el('strong', { text: `${phase.label} (${dates(phase)}): ` }),
    phase.whatHappens));
  detail.append(el('p', { text: phase.calls.length === 0
    ? 'Backchannel calls between programs: few or none typically happen now.'
    : 'Backchannel calls between programs now:' }));
  if (phase.calls.length) {
    detail.append(el('ul', {}, ...phase.calls.map((c) => el('li', { text: `${c.label}: ${c.purpose}` }))));
  }
  document.querySelectorAll('#timeline-phases button').forEach((b) => {
    b.setAttribute('aria-pressed', String(b.dataset.phase === phase.id));
  });
}

function dates(phase) {
  return phase.start === phase.end ? phase.start : `${phase.start} – ${phase.end}`;
}

export async function initTimeline() {
  const timeline = await getJson('/api/timeline');
  const list = document.getElementById('timeline-phases');
  clear(list);
  for (const phase of timeline.phases) {
    const button = el('button', { type: 'button', 'data-phase': phase.id, 'aria-pressed': 'false' },
      el('span', { className: 'phase-label', text: phase.label }),
      el('span', { className: 'phase-dates', text: dates(phase) }));
    button.addEventListener('click', () => showPhase(phase));
    const item = el('li', { className: phase.current ? 'now' : '' }, button);
    if (phase.current) {
      button.setAttribute('aria-current', 'date');
      item.append(el('span', { className: 'today', text: `Today, ${timeline.date}` }));
    }
    list.append(item);
  }
  const current = timeline.phases.find((p) => p.current) || timeline.phases[0];
  showPhase(current);
  document.getElementById('timeline-source').textContent = `Match ${timeline.matchYear} cycle. `
    + `Dates are estimated: ${timeline.source}.`;
}
