// Checks the schema's FEEL with the server (POST /api/designer/forms/feel-check) after the
// admin pauses typing. Verdicts are cached by expression text, so each keystroke asks only
// about the expressions that changed; a check started before a newer one never reports.
import { collectFeel, feelProblems } from './feel-expressions.js';

export const FEEL_CHECK_URL = '/api/designer/forms/feel-check';
const BATCH = 200; // the endpoint's limit per call

export function createFeelChecker({ post, onProblems, delay = 400, setTimer = setTimeout, clearTimer = clearTimeout }) {
  const verdicts = new Map();
  let timer;
  let generation = 0;

  async function run(schema) {
    const mine = ++generation;
    const items = collectFeel(schema);
    const unknown = [...new Set(items.map((i) => i.expression))].filter((e) => !verdicts.has(e));
    try {
      for (let i = 0; i < unknown.length; i += BATCH) {
        const chunk = unknown.slice(i, i + BATCH);
        const results = await post(chunk);
        chunk.forEach((expression, j) => verdicts.set(expression, results[j]));
      }
    } catch (error) {
      if (mine === generation) onProblems([], error);
      return;
    }
    if (mine === generation) onProblems(feelProblems(items, verdicts), null);
  }

  return {
    // Debounced: the last schema within `delay` ms is checked.
    schedule(schema) {
      clearTimer(timer);
      timer = setTimer(() => run(schema), delay);
    },
    now: run,
  };
}

// The real transport: cookie session plus the anti-forgery header the API middleware expects.
export function postFeelCheck(csrfToken) {
  return async (expressions) => {
    const response = await fetch(FEEL_CHECK_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', RequestVerificationToken: csrfToken() },
      body: JSON.stringify({ expressions }),
    });
    if (!response.ok) throw new Error(`无法校验 FEEL（${response.status}）`);
    return (await response.json()).results;
  };
}
