// Builds DOM nodes. Text is only ever set through textContent, so user data is never parsed as HTML.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'text') {
      node.textContent = value;
    } else if (key === 'className') {
      node.className = value;
    } else if (value === true) {
      node.setAttribute(key, '');
    } else if (value !== false && value !== undefined && value !== null) {
      node.setAttribute(key, String(value));
    }
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function svg(tag, attributes = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(key, String(value));
    }
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
}

export function option(value, label) {
  return el('option', { value, text: label });
}

// Shows (or, with an empty message, clears) the inline error of the input with this id.
export function showFieldError(id, message) {
  const field = document.getElementById(id);
  const error = document.getElementById(`${id}-error`);
  if (field) {
    field.setAttribute('aria-invalid', message ? 'true' : 'false');
  }
  if (error) {
    error.textContent = message || '';
  }
}
