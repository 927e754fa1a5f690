// SmartPick's page: loads the reference lists, then wires the views and the tabs.
import { getJson } from './api.js';
import { option } from './dom.js';
import { initOptimize } from './optimize.js';
import { initPlan } from './plan.js';
import { initProfile } from './profile.js';
import { initPrograms } from './programs.js';
import { initRankList } from './ranklist.js';
import { initTimeline } from './timeline.js';

const TABS = ['profile', 'programs', 'plan', 'ranklist', 'optimize'];

function show(name) {
  TABS.forEach((tab) => {
    const button = document.getElementById(`tab-${tab}`);
    button.setAttribute('aria-selected', String(tab === name));
    button.tabIndex = tab === name ? 0 : -1;
    document.getElementById(`view-${tab}`).hidden = tab !== name;
  });
}

function initTabs() {
  TABS.forEach((tab, index) => {
    const button = document.getElementById(`tab-${tab}`);
    button.addEventListener('click', () => show(tab));
    button.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) {
        const next = TABS[(index + step + TABS.length) % TABS.length];
        show(next);
        document.getElementById(`tab-${next}`).focus();
      }
    });
  });
  show('profile');
}

async function loadLists() {
  const [specialties, states] = await Promise.all([getJson('/api/specialties'),
    getJson('/api/states')]);
  const names = specialties.filter((s) => s.catalogPrograms > 0).map((s) => s.specialty);
  for (const id of ['specialty', 'search-specialty']) {
    const select = document.getElementById(id);
    names.forEach((name) => select.append(option(name, name)));
  }
  for (const id of ['homeState', 'search-state']) {
    const select = document.getElementById(id);
    states.forEach((s) => select.append(option(s.code, s.code)));
  }
}

async function main() {
  initTabs();
  await loadLists();
  await initProfile();
  initPrograms(() => show('optimize'));
  initOptimize();
  await Promise.all([initPlan(), initTimeline(), initRankList()]);
  document.body.dataset.ready = 'true';
}

main().catch((error) => {
  const status = document.getElementById('profile-status');
  status.textContent = `SmartPick could not start: ${error.message}`;
});
