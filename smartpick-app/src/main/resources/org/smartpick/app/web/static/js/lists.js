// Repeatable rows of the profile form (letters, away rotations, advocates, red flags): each row's
// inputs have ids "<list>-<index>-<field>" so a server error on "document.<list>[i].<field>"
// lands on its input. Fields the form does not edit are kept from the loaded item.
import { clear, el, option, showFieldError } from './dom.js';

const ROLES = [['', 'Role…'], ['CHAIR', 'Chair'], ['PROGRAM_DIRECTOR', 'Program director'],
  ['ASSOCIATE_PROGRAM_DIRECTOR', 'Associate program director'],
  ['CLERKSHIP_DIRECTOR', 'Clerkship director'], ['FACULTY', 'Faculty'],
  ['RESEARCH_MENTOR', 'Research mentor'], ['OTHER', 'Other']];
const IDS = '^\\s*(\\d{10}\\s*(,\\s*\\d{10}\\s*)*)?$';

// For each list: its largest size and its fields, in the profile document's names.
export const LISTS = {
  letters: { max: 10, noun: 'Letter', fields: [
    { name: 'strength', label: 'Strength', required: true, options: [['', 'Choose…'],
      ['WEAK', 'Weak'], ['AVERAGE', 'Average'], ['STRONG', 'Strong'], ['EXCEPTIONAL', 'Exceptional']] },
    { name: 'writerRole', label: 'Writer', required: true, options: ROLES },
    { name: 'institution', label: 'Writer’s institution', maxlength: 200 },
  ] },
  awayRotations: { max: 10, noun: 'Away rotation', fields: [
    { name: 'programId', label: 'Program (ACGME id)', required: true, pattern: '^\\s*\\d{10}\\s*$',
      list: 'program-choices', patternHint: 'Pick a program from the list, or type its 10-digit ACGME id.' },
    { name: 'outcome', label: 'How it went', options: [['', 'Not known yet'],
      ['EXCELLENT', 'Excellent'], ['GOOD', 'Good'], ['MIXED', 'Mixed'], ['POOR', 'Poor']] },
  ] },
  advocates: { max: 20, noun: 'Advocate', fields: [
    { name: 'name', label: 'Name (optional)', maxlength: 200 },
    { name: 'role', label: 'Role', required: true, options: ROLES },
    { name: 'standing', label: 'Standing in the field', required: true, options: [['', 'Choose…'],
      ['LOW', 'Low'], ['MID', 'Middle'], ['HIGH', 'High']] },
    { name: 'programs', label: 'Programs they are tied to (ACGME ids, comma-separated)',
      pattern: IDS, patternHint: 'Give 10-digit ACGME ids separated by commas.',
      toDocument: (v) => v.split(',').map((s) => s.trim()).filter(Boolean),
      fromDocument: (v) => (v || []).join(', ') },
  ] },
  redFlags: { max: 20, noun: 'Red flag', fields: [
    { name: 'type', label: 'Type', required: true, options: [['', 'Choose…'],
      ['FAILED_ATTEMPT', 'Failed exam attempt'], ['LEAVE_OF_ABSENCE', 'Leave of absence'],
      ['PROFESSIONALISM_CONCERN', 'Professionalism concern'], ['OTHER', 'Other']] },
    { name: 'year', label: 'Year', required: true, type: 'number', min: 1980, max: 2100 },
    { name: 'owned', label: 'Owned', type: 'checkbox' },
    { name: 'whatWasDone', label: 'What was done about it', maxlength: 1000, textarea: true },
  ] },
};

const id = (list, index, field) => `${list}-${index}-${field}`;

function control(list, index, field, value) {
  const controlId = id(list, index, field.name);
  const attributes = { id: controlId, name: controlId,
    'aria-describedby': `${controlId}-error`, required: Boolean(field.required) };
  let input;
  if (field.options) {
    input = el('select', attributes);
    field.options.forEach(([v, label]) => input.append(option(v, label)));
    input.value = value ?? '';
  } else if (field.type === 'checkbox') {
    input = el('input', { ...attributes, type: 'checkbox' });
    input.checked = Boolean(value);
  } else {
    input = el(field.textarea ? 'textarea' : 'input', { ...attributes, type: field.type,
      min: field.min, max: field.max, maxlength: field.maxlength, pattern: field.pattern,
      list: field.list, autocomplete: 'off', rows: field.textarea ? 2 : undefined });
    input.value = value ?? '';
  }
  input.addEventListener('change', () => showFieldError(controlId, problem(field, input)));
  const label = el('label', { for: controlId, text: field.label });
  const error = el('p', { className: 'field-error', id: `${controlId}-error`, 'aria-live': 'polite' });
  return el('div', { className: field.type === 'checkbox' ? 'field check' : 'field' },
    field.type === 'checkbox' ? el('label', { for: controlId, className: 'inline' }, input, ` ${field.label}`)
      : label, field.type === 'checkbox' ? '' : input, error);
}

function row(list, index, item, onChange) {
  const spec = LISTS[list];
  const fields = spec.fields.map((field) => control(list, index, field,
    field.fromDocument ? field.fromDocument(item[field.name]) : item[field.name]));
  const remove = el('button', { type: 'button', className: 'danger',
    text: 'Remove', 'aria-label': `Remove ${spec.noun.toLowerCase()} ${index + 1}` });
  remove.addEventListener('click', () => {
    const items = readList(list);
    items.splice(index, 1);
    renderList(list, items, onChange);
    onChange();
    document.getElementById(`${list}-add`).focus();
  });
  const node = el('div', { className: 'row', id: `${list}-${index}`, role: 'group',
    'aria-label': `${spec.noun} ${index + 1}` }, ...fields, remove);
  node.original = item;
  return node;
}

// The list's items as the profile document holds them (empty strings become null).
export function readList(list) {
  const spec = LISTS[list];
  return [...document.querySelectorAll(`#${list} > .rows > .row`)].map((node, index) => {
    const item = { ...node.original };
    for (const field of spec.fields) {
      const input = document.getElementById(id(list, index, field.name));
      let value;
      if (field.type === 'checkbox') {
        value = input.checked;
      } else if (field.toDocument) {
        value = field.toDocument(input.value);
      } else if (field.type === 'number') {
        value = input.value.trim() === '' ? null : Number(input.value);
      } else {
        value = input.value.trim() === '' ? null : input.value.trim();
      }
      item[field.name] = value;
    }
    return item;
  });
}

export function renderList(list, items, onChange) {
  const rows = document.querySelector(`#${list} > .rows`);
  clear(rows);
  items.forEach((item, index) => rows.append(row(list, index, item, onChange)));
  document.getElementById(`${list}-add`).disabled = items.length >= LISTS[list].max;
}

// The browser's check of one row input: its message, or '' when valid.
function problem(field, input) {
  if (input.validity.valueMissing) return `${field.label} is required.`;
  if (input.validity.patternMismatch) return field.patternHint;
  if (!input.validity.valid) return `${field.label}: ${input.validationMessage}`;
  return '';
}

// Checks every row input, showing each message; the id of the first invalid one, or null.
export function checkLists() {
  let firstInvalid = null;
  for (const [list, spec] of Object.entries(LISTS)) {
    const count = document.querySelectorAll(`#${list} > .rows > .row`).length;
    for (let index = 0; index < count; index++) {
      for (const field of spec.fields) {
        const controlId = id(list, index, field.name);
        const message = problem(field, document.getElementById(controlId));
        showFieldError(controlId, message);
        if (message && !firstInvalid) firstInvalid = controlId;
      }
    }
  }
  return firstInvalid;
}

export function initLists(onChange) {
  for (const list of Object.keys(LISTS)) {
    document.getElementById(`${list}-add`).addEventListener('click', () => {
      const items = readList(list);
      items.push({});
      renderList(list, items, onChange);
      onChange();
      document.getElementById(id(list, items.length - 1, LISTS[list].fields[0].name)).focus();
    });
    renderList(list, [], onChange);
  }
}
