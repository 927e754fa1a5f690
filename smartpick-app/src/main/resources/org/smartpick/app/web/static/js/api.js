// Calls to the SmartPick API. Every failure becomes an ApiFailure carrying the server's
// {"error": {"field", "message"}}.

export class ApiFailure extends Error {
  constructor(status, field, message) {
    super(message);
    this.status = status;
    this.field = field;
  }
}

async function parse(response) {
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = (body && body.error) || {};
    throw new ApiFailure(response.status, error.field || null,
      error.message || `request failed (${response.status})`);
  }
  return body;
}

export async function getJson(url) {
  return parse(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function sendJson(method, url, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return parse(await fetch(url, init));
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') {
      search.set(key, String(value).trim());
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
