// The profile form: the short form and its details (letters, away rotations picked from the
// catalog, advocates, red flags, preferences, budget); inline validation in the browser and from
// the server's 400 field paths; a localStorage draft; saving to the server (POST, then PUT with
// the version read); the saved list, export and delete-everything.
import { ApiFailure, getJson, query, sendJson } from './api.js';
import { clear, el, showFieldError } from './dom.js';
import { LISTS, checkLists, initLists, readList, renderList } from './lists.js';
import { profileChanged, shared } from './state.js';

const DRAFT_KEY = 'smartpick.profileDraft';
const WEIGHTS = ['location', 'reputation', 'size', 'setting', 'fit'];
const CHECKED = ['displayName', 'specialty', 'applicantType', 'step2', 'homeSchool', 'homeState',
  'researchItems', 'maxApplications', 'budget-maxDollars', 'geography-preferredStates',
  'geography-avoidedStates', ...WEIGHTS.map((w) => `preferences-${w}`)];
// Server error fields the generic rule below does not reach -> the inputs that hold them.
const INPUT_OF_PATH = [
  [/^document\.geography\.homeState$/, 'homeState'],
  [/^document\.budget\.maxApplications$/, 'maxApplications'], [/^document\.budget/, 'maxApplications'],
];

const form = () => document.getElementById('profile-form');
const input = (name) => document.getElementById(name);
// The document last loaded or drafted: fields the form does not edit are kept from it.
let base = {};

const showError = showFieldError;

// The input a server error field names: "document.letters[1].strength" -> "letters-1-strength",
// walking up the path until an input with an error line exists.
export function inputForPath(field) {
  let candidate = (field || '').replace(/^document\./, '').replace(/\[(\d+)\]/g, '-$1')
    .replace(/\./g, '-');
  while (candidate) {
    if (input(candidate) && document.getElementById(`${candidate}-error`)) {
      return candidate;
    }
    candidate = candidate.includes('-') ? candidate.slice(0, candidate.lastIndexOf('-')) : '';
  }
  return (INPUT_OF_PATH.find(([pattern]) => pattern.test(field || '')) || [])[1];
}

function check(name) {
  const field = input(name);
  let message = '';
  if (name === 'step2') {
    const pending = input('step2Pending').checked;
    field.disabled = pending;
    if (!pending) {
      const value = field.value.trim();
      if (value === '') {
        message = 'Enter your Step 2 CK score, or tick “Score pending”.';
      } else if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 300) {
        message = `“${value}” is not a Step 2 CK score (1–300).`;
      }
    }
  } else if (field.validity.valueMissing) {
    message = `${labelOf(name)} is required.`;
  } else if (field.validity.patternMismatch) {
    message = 'Give two-letter state codes separated by commas.';
  } else if (!field.validity.valid) {
    message = `${labelOf(name)}: ${field.validationMessage}`;
  }
  showError(name, message);
  return message === '';
}

// Focuses a field, opening the details first when it is inside them.
function focusField(name) {
  if (input(name).closest('details')) document.getElementById('profile-details').open = true;
  input(name).focus();
}

function labelOf(name) {
  const label = document.querySelector(`label[for="${name}"]`);
  return label ? label.textContent : name;
}

function numberOrNull(name) {
  const value = input(name).value.trim();
  return value === '' ? null : Number(value);
}

function codes(name) {
  return input(name).value.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
}

// Sets or removes a key, and removes an object left empty.
function put(object, key, value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    delete object[key];
  } else {
    object[key] = value;
  }
}

// The profile document in the format of docs/profile.md: the loaded document with the form's
// fields written over it.
export function documentFromForm() {
  const d = JSON.parse(JSON.stringify(base));
  d.specialty = input('specialty').value;
  d.applicantType = input('applicantType').value;
  d.step2 = input('step2Pending').checked ? 'pending' : numberOrNull('step2');
  d.homeSchool = { ...(d.homeSchool || {}), name: input('homeSchool').value.trim() };
  const geography = { ...(d.geography || {}) };
  put(geography, 'homeState', input('homeState').value);
  put(geography, 'preferredStates', codes('geography-preferredStates'));
  put(geography, 'avoidedStates', codes('geography-avoidedStates'));
  put(d, 'geography', Object.keys(geography).length ? geography : null);
  d.researchItems = numberOrNull('researchItems') ?? 0;
  const standing = { ...(d.classStanding || {}) };
  put(standing, 'quartile', input('quartile').value);
  put(d, 'classStanding', Object.keys(standing).length ? standing : null);
  for (const list of Object.keys(LISTS)) {
    d[list] = readList(list);
  }
  const preferences = { ...(d.preferences || {}) };
  WEIGHTS.forEach((w) => put(preferences, w, numberOrNull(`preferences-${w}`)));
  put(preferences, 'preferredSize', input('preferences-preferredSize').value);
  put(preferences, 'preferredSetting', input('preferences-preferredSetting').value);
  put(d, 'preferences', Object.keys(preferences).length ? preferences : null);
  const budget = { ...(d.budget || {}) };
  put(budget, 'maxApplications', numberOrNull('maxApplications'));
  put(budget, 'maxDollars', numberOrNull('budget-maxDollars'));
  put(d, 'budget', Object.keys(budget).length ? budget : null);
  return d;
}

function fillForm(displayName, documentValue) {
  const d = documentValue || {};
  base = JSON.parse(JSON.stringify(d));
  input('displayName').value = displayName || '';
  input('specialty').value = d.specialty || '';
  input('applicantType').value = d.applicantType || '';
  input('step2Pending').checked = d.step2 === 'pending';
  input('step2').value = typeof d.step2 === 'number' ? d.step2 : '';
  input('step2').disabled = input('step2Pending').checked;
  input('homeSchool').value = (d.homeSchool || {}).name || '';
  const geography = d.geography || {};
  input('homeState').value = geography.homeState || '';
  input('geography-preferredStates').value = (geography.preferredStates || []).join(', ');
  input('geography-avoidedStates').value = (geography.avoidedStates || []).join(', ');
  input('researchItems').value = d.researchItems ?? '';
  input('quartile').value = (d.classStanding || {}).quartile || '';
  for (const list of Object.keys(LISTS)) {
    renderList(list, d[list] || [], saveDraft);
  }
  const preferences = d.preferences || {};
  WEIGHTS.forEach((w) => { input(`preferences-${w}`).value = preferences[w] ?? ''; });
  input('preferences-preferredSize').value = preferences.preferredSize && preferences.preferredSize !== 'ANY'
    ? preferences.preferredSize : '';
  input('preferences-preferredSetting').value = preferences.preferredSetting
    && preferences.preferredSetting !== 'EITHER' ? preferences.preferredSetting : '';
  input('maxApplications').value = (d.budget || {}).maxApplications ?? '';
  input('budget-maxDollars').value = (d.budget || {}).maxDollars ?? '';
  loadProgramChoices().catch((e) => setStatus(e.message, false));
}

function saveDraft() {
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ displayName: input('displayName').value,
    document: documentFromForm(), profile: shared.profile }));
}

function restoreDraft() {
  let values;
  try {
    values = JSON.parse(localStorage.getItem(DRAFT_KEY) || 'null');
  } catch (e) {
    values = null;
  }
  if (!values || typeof values.document !== 'object') {
    return;
  }
  fillForm(values.displayName, values.document);
  shared.profile = values.profile || null;
}

// The catalog programs of the chosen specialty, offered by the away-rotation picker.
let choicesFor = null;
async function loadProgramChoices() {
  const specialty = input('specialty').value;
  if (specialty === choicesFor) return;
  choicesFor = specialty;
  const list = document.getElementById('program-choices');
  clear(list);
  if (!specialty) return;
  const programs = await getJson(`/api/programs${query({ specialty, limit: 1000 })}`);
  if (choicesFor !== specialty) return;
  programs.forEach((p) => list.append(el('option', { value: p.acgmeId,
    text: `${p.name} — ${p.city}, ${p.state}` })));
}

function setStatus(text, ok) {
  const status = document.getElementById('profile-status');
  status.textContent = text;
  status.classList.toggle('ok', Boolean(ok));
}

async function save(event) {
  event.preventDefault();
  const invalid = CHECKED.filter((name) => !check(name));
  const invalidRow = checkLists();
  if (invalid.length > 0 || invalidRow) {
    setStatus('Please correct the highlighted fields.', false);
    focusField(invalid[0] || invalidRow);
    return;
  }
  const body = { displayName: input('displayName').value.trim(), document: documentFromForm() };
  try {
    let saved;
    if (shared.profile) {
      saved = await sendJson('PUT', `/api/profiles/${encodeURIComponent(shared.profile.id)}`,
        { ...body, version: shared.profile.version });
    } else {
      saved = await sendJson('POST', '/api/profiles', body);
    }
    shared.profile = { id: saved.id, version: saved.version, displayName: saved.displayName };
    base = body.document;
    saveDraft();
    setStatus(`Saved “${saved.displayName}” (version ${saved.version}).`, true);
    profileChanged();
    await refreshSaved();
  } catch (error) {
    const target = error instanceof ApiFailure && error.field ? inputForPath(error.field)
      : undefined;
    if (target) {
      showError(target, error.message);
      focusField(target);
    }
    if (error instanceof ApiFailure && error.status === 404) {
      shared.profile = null;
    }
    setStatus(`Not saved: ${error.message}`, false);
  }
}

async function load(id) {
  const profile = await getJson(`/api/profiles/${encodeURIComponent(id)}`);
  fillForm(profile.displayName, profile.document);
  shared.profile = { id: profile.id, version: profile.version, displayName: profile.displayName };
  saveDraft();
  setStatus(`Loaded “${profile.displayName}” (version ${profile.version}).`, true);
  profileChanged();
}

async function remove(id) {
  await sendJson('DELETE', `/api/profiles/${encodeURIComponent(id)}`);
  if (shared.profile && shared.profile.id === id) {
    shared.profile = null;
    saveDraft();
    profileChanged();
  }
  await refreshSaved();
}

async function refreshSaved() {
  const list = document.getElementById('saved-profiles');
  const profiles = await getJson('/api/profiles');
  clear(list);
  if (profiles.length === 0) {
    list.append(el('li', { text: 'None yet.' }));
  }
  for (const p of profiles) {
    const open = el('button', { type: 'button', className: 'secondary', text: 'Open' });
    open.addEventListener('click', () => load(p.id).catch((e) => setStatus(e.message, false)));
    const del = el('button', { type: 'button', className: 'danger', text: 'Delete' });
    del.setAttribute('aria-label', `Delete ${p.displayName}`);
    open.setAttribute('aria-label', `Open ${p.displayName}`);
    del.addEventListener('click', () => remove(p.id).catch((e) => setStatus(e.message, false)));
    const exportLink = el('a', { href: `/api/profiles/${encodeURIComponent(p.id)}/export`,
      download: `smartpick-profile-${p.id}.json`, text: 'Export' });
    list.append(el('li', {}, el('span', { text: p.displayName }), ' ', open, del, ' ', exportLink));
  }
}

async function deleteEverything() {
  // eslint-disable-next-line no-alert
  if (!window.confirm('Delete every saved profile and result? This cannot be undone.')) {
    return;
  }
  const answer = await sendJson('DELETE', '/api/data?confirm=delete-everything');
  localStorage.removeItem(DRAFT_KEY);
  shared.profile = null;
  fillForm('', {});
  profileChanged();
  setStatus(`Deleted ${answer.deleted.profiles} profiles and ${answer.deleted.results} results.`, true);
  await refreshSaved();
}

export async function initProfile() {
  initLists(saveDraft);
  restoreDraft();
  input('specialty').addEventListener('change', () => loadProgramChoices().catch(
    (e) => setStatus(e.message, false)));
  form().addEventListener('submit', save);
  form().addEventListener('input', saveDraft);
  form().addEventListener('change', saveDraft);
  CHECKED.forEach((name) => {
    input(name).addEventListener('blur', () => check(name));
    input(name).addEventListener('change', () => check(name));
  });
  input('step2Pending').addEventListener('change', () => check('step2'));
  document.getElementById('new-profile').addEventListener('click', () => {
    shared.profile = null;
    fillForm('', {});
    form().querySelectorAll('.field-error').forEach((node) => { node.textContent = ''; });
    form().querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
    saveDraft();
    profileChanged();
    setStatus('New profile: fill the form and save.', false);
  });
  document.getElementById('delete-all').addEventListener('click',
    () => deleteEverything().catch((e) => setStatus(e.message, false)));
  await refreshSaved();
}
