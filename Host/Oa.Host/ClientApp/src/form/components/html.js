// htm bound to the same preact instance form-js renders with (package.json pins preact to the
// version form-js-editor 1.23 accepts), so hooks and context inside our fields work.
import { h } from 'preact';
import htm from 'htm';

export const html = htm.bind(h);
