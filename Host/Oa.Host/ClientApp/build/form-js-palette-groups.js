// Vite plugin: form-js-editor 1.23 keeps its palette groups in a private constant and throws
// for a field whose `group` is not in it, so custom components cannot have their own group.
// This rewrites that constant in the pinned file to add "OA 组件" first and give the built-in
// groups Chinese names. It fails the build loudly if the constant is not found (e.g. after
// an upgrade), rather than shipping an editor whose palette crashes.
const TARGET = /@bpmn-io[\\/]form-js-editor[\\/]dist[\\/]index\.es\.js$/;
const ORIGINAL = /const PALETTE_GROUPS = \[\{[\s\S]*?id: 'action'\s*\}\];/;

export const PALETTE_GROUPS = [
  { label: 'OA 组件', id: 'oa' },
  { label: '输入', id: 'basic-input' },
  { label: '选择', id: 'selection' },
  { label: '展示', id: 'presentation' },
  { label: '容器', id: 'container' },
  { label: '操作', id: 'action' },
];

export function formJsPaletteGroups() {
  return {
    name: 'oa-form-js-palette-groups',
    enforce: 'pre',
    transform(code, id) {
      if (!TARGET.test(id.split('?')[0])) return null;
      if (!ORIGINAL.test(code)) {
        this.error('form-js-editor palette groups not found: check build/form-js-palette-groups.js after upgrading form-js');
      }
      return { code: code.replace(ORIGINAL, `const PALETTE_GROUPS = ${JSON.stringify(PALETTE_GROUPS)};`), map: null };
    },
  };
}
