// Server-side drafts: a moment after each edit the diagram is PUT to the draft URL, so closing the tab
// or a crash loses at most the last second of work. Drafts never reach the engine; publishing does.
import { csrfToken } from '../shared/http.js';

export const DRAFT_DELAY_MS = 1500;

export function startAutosave(modeler, { url, baseVersion, status, delay = DRAFT_DELAY_MS }) {
  let timer = null;
  let stopped = false;
  let dirty = false;
  let inflight = Promise.resolve();
  const show = (text, failed = false) => {
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('oa-draft-failed', failed);
  };
  const write = async () => {
    try {
      const { xml } = await modeler.saveXML({ format: true });
      const response = await fetch(url, {
        method: 'PUT',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', RequestVerificationToken: csrfToken() },
        body: JSON.stringify({ xml, baseVersion: baseVersion ? Number(baseVersion) : null }),
      });
      if (!response.ok) throw new Error(String(response.status));
      const saved = await response.json();
      show(`草稿已自动保存 ${new Date(saved.savedAt).toLocaleTimeString('zh-CN', { hour12: false })}`);
    } catch (error) {
      show('草稿保存失败，请导出或发布以免丢失修改', true);
      console.warn('[oa] draft not saved', error);
    }
  };
  // Saves run one after another, so an older diagram never overwrites a newer one.
  const save = () => {
    timer = null;
    dirty = false;
    inflight = inflight.then(write);
    return inflight;
  };
  modeler.get('eventBus').on('commandStack.changed', () => {
    if (stopped) return;
    dirty = true;
    show('有未保存的修改…');
    clearTimeout(timer);
    timer = setTimeout(save, delay);
  });
  return {
    // Before 校验/发布: the draft gets the latest edits (kept if publishing is refused), and no save can land
    // after the post — publishing removes the draft, and a late save would bring it back.
    async finish() {
      stopped = true;
      clearTimeout(timer);
      if (dirty) save();
      await inflight;
    },
  };
}
