// The profile form: inline validation, a localStorage draft, saving to the server
// (POST, then PUT with the version read), the saved list, export and delete-everything.
import { ApiFailure, getJson, sendJson } from './api.js';
import { clear, el } from './dom.js';
import { shared } from './state.js';

const DRAFT_KEY = 'smartpick.profileDraft';
const FIELDS = ['displayName', 'specialty', 'applicantType', 'step2', 'step2Pending', 'homeSchool',
  'homeState', 'researchItems', 'quartile', 'awayRotations', 'maxApplications'];
const CHECKED = ['displayName', 'specialty', 'applicantType', 'step2', 'homeSchool', 'homeState',
  'researchItems', 'awayRotations', 'maxApplications'];
// Server error fields (JSON paths in the profile document) -> the inputs that hold them.
const INPUT_OF_PATH = [
  [/^document\.specialty$/, 'specialty'], [/^document\.applicantType$/, 'applicantType'],
  [/^document\.step2$/, 'step2'], [/^document\.homeSchool/, 'homeSchool'],
  [/^document\.geography\.homeState$/, 'homeState'], [/^document\.researchItems$/, 'researchItems'],
  [/^document\.awayRotations/, 'awayRotations'], [/^document\.budget/, 'maxApplications'],
  [/^displayName$/, 'displayName'],
];

const form = () => document.getElementById('profile-form');
const input = (name) => document.getElementById(name);

function showError(name, message) {
  const field = input(name);
  const error = document.getElementById(`${name}-error`);
  if (field) {
    field.setAttribute('aria-invalid', message ? 'true' : 'false');
  }
  if (error) {
    error.textContent = message || '';
  }
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
    message = 'Give 10-digit ACGME program ids separated by commas.';
  } else if (!field.validity.valid) {
    message = `${labelOf(name)}: ${field.validationMessage}`;
  }
  showError(name, message);
  return message === '';
}

function labelOf(name) {
  const label = document.querySelector(`label[for="${name}"]`);
  return label ? label.textContent : name;
}

function numberOrNull(name) {
  const value = input(name).value.trim();
  return value === '' ? null : Number(value);
}

// The profile document in the format of docs/profile.md (fields not on the form are left out).
export function documentFromForm() {
  const rotations = input('awayRotations').value.split(',').map((s) => s.trim()).filter(Boolean);
  const documentValue = {
    specialty: input('specialty').value,
    applicantType: input('applicantType').value,
    step2: input('step2Pending').checked ? 'pending' : numberOrNull('step2'),
    homeSchool: { name: input('homeSchool').value.trim() },
    geography: { homeState: input('homeState').value },
    researchItems: numberOrNull('researchItems') ?? 0,
    awayRotations: rotations.map((programId) => ({ programId, outcome: null })),
  };
  if (input('quartile').value) {
    documentValue.classStanding = { quartile: input('quartile').value };
  }
  if (numberOrNull('maxApplications') !== null) {
    documentValue.budget = { maxApplications: numberOrNull('maxApplications') };
  }
  return documentValue;
}

function fillForm(displayName, documentValue) {
  input('displayName').value = displayName || '';
  input('specialty').value = documentValue.specialty || '';
  input('applicantType').value = documentValue.applicantType || '';
  input('step2Pending').checked = documentValue.step2 === 'pending';
  input('step2').value = typeof documentValue.step2 === 'number' ? documentValue.step2 : '';
  input('step2').disabled = input('step2Pending').checked;
  input('homeSchool').value = (documentValue.homeSchool || {}).name || '';
  input('homeState').value = (documentValue.geography || {}).homeState || '';
  input('researchItems').value = documentValue.researchItems ?? '';
  input('quartile').value = (documentValue.classStanding || {}).quartile || '';
  input('awayRotations').value = (documentValue.awayRotations || [])
    .map((r) => r.programId).join(', ');
  input('maxApplications').value = (documentValue.budget || {}).maxApplications ?? '';
}

function saveDraft() {
  const values = {};
  FIELDS.forEach((name) => {
    const field = input(name);
    values[name] = field.type === 'checkbox' ? field.checked : field.value;
  });
  values.profile = shared.profile;
  localStorage.setItem(DRAFT_KEY, JSON.stringify(values));
}

function restoreDraft() {
  let values;
  try {
    values = JSON.parse(localStorage.getItem(DRAFT_KEY) || 'null');
  } catch (e) {
    values = null;
  }
  if (!values) {
    return;
  }
  FIELDS.forEach((name) => {
    const field = input(name);
    if (field && name in values) {
      if (field.type === 'checkbox') {
        field.checked = Boolean(values[name]);
      } else {
        field.value = values[name] ?? '';
      }
    }
  });
  input('step2').disabled = input('step2Pending').checked;
  shared.profile = values.profile || null;
}

function setStatus(text, ok) {
  const status = document.getElementById('profile-status');
  status.textContent = text;
  status.classList.toggle('ok', Boolean(ok));
}

async function save(event) {
  event.preventDefault();
  const invalid = CHECKED.filter((name) => !check(name));
  if (invalid.length > 0) {
    setStatus('Please correct the highlighted fields.', false);
    input(invalid[0]).focus();
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
    saveDraft();
    setStatus(`Saved “${saved.displayName}” (version ${saved.version}).`, true);
    await refreshSaved();
  } catch (error) {
    const target = error instanceof ApiFailure && error.field
      ? (INPUT_OF_PATH.find(([pattern]) => pattern.test(error.field)) || [])[1] : undefined;
    if (target) {
      showError(target, error.message);
      input(target).focus();
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
}

async function remove(id) {
  await sendJson('DELETE', `/api/profiles/${encodeURIComponent(id)}`);
  if (shared.profile && shared.profile.id === id) {
    shared.profile = null;
    saveDraft();
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
  form().reset();
  setStatus(`Deleted ${answer.deleted.profiles} profiles and ${answer.deleted.results} results.`, true);
  await refreshSaved();
}

export async function initProfile() {
  restoreDraft();
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
    form().reset();
    input('step2').disabled = false;
    FIELDS.forEach((name) => showError(name, ''));
    saveDraft();
    setStatus('New profile: fill the form and save.', false);
  });
  document.getElementById('delete-all').addEventListener('click',
    () => deleteEverything().catch((e) => setStatus(e.message, false)));
  await refreshSaved();
}
