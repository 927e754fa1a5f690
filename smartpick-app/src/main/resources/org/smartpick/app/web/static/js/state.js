// What the views share: the saved profile in use and the programs picked for the optimizer.

const listeners = new Set();

export const shared = {
  profile: null,              // {id, version, displayName} once saved
  selected: new Map(),        // acgmeId -> program (as /api/programs returns it)
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
