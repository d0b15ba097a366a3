// Removes from the modeler what our engine rejects at deploy time, so admins cannot draw a
// model that will not publish. Keep in step with the supported subset in ARCHITECTURE.md
// ("The engine"); the engine's deploy-time check stays the authority.

// Palette entry ids (bpmn-js PaletteProvider). Data objects/stores and pools are accepted by the
// engine but do nothing; in an approval designer they only invite models that look executable and
// are not, so the palette leaves them out (imported models keep theirs). Groups stay: annotation.
export const UNSUPPORTED_PALETTE_ENTRIES = ['create.data-object', 'create.data-store', 'create.participant-expanded'];

// Fragments of popup-menu entry ids (replace menu 'replace-with-…', create/append menus):
// script-free by design, no DMN, no complex gateway, transactions or compensation.
export const UNSUPPORTED_MENU_FRAGMENTS = [
  'complex-gateway',
  'script-task',
  'rule-task',
  'transaction',
  'ad-hoc',
  'compensat',
  'escalation',
  'conditional-start',
  'conditional-intermediate',
  'conditional-boundary',
  'link-intermediate',
  'signal',           // BpmnReader.Events: no signal events
  'cancel-',          // cancel end/boundary events belong to transactions
  'error-start',      // only in event sub-processes
  'event-subprocess', // event sub-processes are rejected at deploy time
];

const MENUS = ['bpmn-replace', 'bpmn-create', 'bpmn-append'];
const LOW_PRIORITY = 100; // run after the providers that add the entries

class UnsupportedElementsFilter {
  constructor(palette, popupMenu) {
    palette.registerProvider(LOW_PRIORITY, {
      getPaletteEntries: () => (entries) => omit(entries, (id) => UNSUPPORTED_PALETTE_ENTRIES.includes(id)),
    });
    const menuFilter = {
      getPopupMenuEntries: () => (entries) => omit(entries, isUnsupportedMenuEntry),
    };
    MENUS.forEach((menu) => popupMenu.registerProvider(menu, LOW_PRIORITY, menuFilter));
  }
}
UnsupportedElementsFilter.$inject = ['palette', 'popupMenu'];

export function isUnsupportedMenuEntry(id) {
  return UNSUPPORTED_MENU_FRAGMENTS.some((fragment) => id.includes(fragment));
}

function omit(entries, test) {
  const kept = {};
  for (const [id, entry] of Object.entries(entries)) if (!test(id)) kept[id] = entry;
  return kept;
}

export default {
  __init__: ['oaUnsupportedElementsFilter'],
  oaUnsupportedElementsFilter: ['type', UnsupportedElementsFilter],
};
