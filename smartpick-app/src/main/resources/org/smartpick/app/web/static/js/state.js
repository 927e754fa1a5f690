// What the views share: the saved profile in use, the programs picked for the optimizer and the
// latest advice (plan) for the profile.

const listeners = new Set();
const profileListeners = new Set();
const adviceListeners = new Set();

export const shared = {
  profile: null,              // {id, version, displayName} once saved
  selected: new Map(),        // acgmeId -> program (as /api/programs returns it)
  advice: null,               // the latest advice document for the profile, or null
};

export function onSelectionChange(listener) {
  listeners.add(listener);
}

export function toggleSelected(program, selected) {
  if (selected) {
    shared.selected.set(program.acgmeId, program);
  } else {
    shared.selected.delete(program.acgmeId);
  }
  listeners.forEach((listener) => listener());
}

// Called when the profile in use was saved, opened, or dropped.
export function onProfileChange(listener) {
  profileListeners.add(listener);
}

export function profileChanged() {
  profileListeners.forEach((listener) => listener());
}

export function onAdviceChange(listener) {
  adviceListeners.add(listener);
}

export function setAdvice(advice) {
  shared.advice = advice;
  adviceListeners.forEach((listener) => listener());
}

// The plan's pick for a program, if the latest advice has one.
export function pickFor(acgmeId) {
  return shared.advice ? shared.advice.picks.find((p) => p.id === acgmeId) : undefined;
}
