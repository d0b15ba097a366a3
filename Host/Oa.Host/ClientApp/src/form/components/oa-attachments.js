// 附件: uploads each chosen file at once to POST /api/files and stores only the answers
// [{id, name, size}], so the form post stays small and the server links files by id.
// Field properties: maxFiles, maxSize (MB), accept (e.g. ".pdf,.docx,image/*").
import { useState } from 'preact/hooks';
import { html } from './html.js';
import { FieldShell, glyphIcon, OA_GROUP, BASE_ENTRIES } from './field-shell.js';
import { uploadFile } from '../../shared/http.js';

export const type = 'oa-attachments';

export function OaAttachments(props) {
  const { field, disabled, readonly, domId } = props;
  const files = Array.isArray(props.value) ? props.value : [];
  const [uploads, setUploads] = useState([]); // [{ key, name, progress }]
  const [problem, setProblem] = useState('');
  const locked = disabled || readonly;

  const onChoose = async (e) => {
    const chosen = [...e.target.files];
    e.target.value = '';
    const refusal = checkFiles(field, chosen, files.length + uploads.length);
    setProblem(refusal);
    if (refusal) return;
    let done = files;
    await Promise.all(chosen.map(async (file, i) => {
      const key = `${Date.now()}-${i}`;
      const setProgress = (progress) => setUploads((u) => u.map((x) => (x.key === key ? { ...x, progress } : x)));
      setUploads((u) => [...u, { key, name: file.name, progress: 0 }]);
      try {
        const saved = await uploadFile('/api/files', file, { onProgress: setProgress });
        done = [...done, { id: saved.id, name: saved.name ?? file.name, size: saved.size ?? file.size }];
        props.onChange({ value: done });
      } catch (error) {
        setProblem(`${file.name}：${error.message}`);
      } finally {
        setUploads((u) => u.filter((x) => x.key !== key));
      }
    }));
  };
  const remove = (id) => props.onChange({ value: files.filter((f) => f.id !== id) });

  return html`<${FieldShell} type=${type} props=${props}>
    <ul class="oa-files">
      ${files.map((f) => html`<li key=${f.id} class="oa-file">
        <a href=${`/api/files/${encodeURIComponent(f.id)}`} target="_blank" rel="noopener">${f.name}</a>
        <small>${formatSize(f.size)}</small>
        ${locked ? null : html`<button type="button" class="oa-link-button" onClick=${() => remove(f.id)}>删除</button>`}
      </li>`)}
      ${uploads.map((u) => html`<li key=${u.key} class="oa-file oa-file-uploading">
        <span>${u.name}</span>
        <progress max="1" value=${u.progress} aria-label=${`${u.name} 上传进度`}></progress>
        <small>${Math.round(u.progress * 100)}%</small>
      </li>`)}
    </ul>
    ${locked ? null : html`<label class="oa-button oa-file-choose">
      选择文件
      <input id=${domId} type="file" multiple=${(field.maxFiles ?? 0) !== 1} accept=${field.accept || undefined}
        onChange=${onChoose} class="oa-visually-hidden" />
    </label>`}
    ${hint(field) ? html`<small class="oa-hint">${hint(field)}</small>` : null}
    ${problem ? html`<div class="fjs-form-field-error" role="alert">${problem}</div>` : null}
  </${FieldShell}>`;
}

// Returns a Chinese message explaining why the files cannot be taken, or ''.
export function checkFiles(field, chosen, alreadyCount) {
  const { maxFiles, maxSize, accept } = field;
  if (maxFiles && alreadyCount + chosen.length > maxFiles) return `最多上传 ${maxFiles} 个文件`;
  for (const file of chosen) {
    if (maxSize && file.size > maxSize * 1024 * 1024) return `${file.name} 超过 ${maxSize} MB`;
    if (accept && !accepts(accept, file)) return `${file.name} 的文件类型不允许`;
  }
  return '';
}

function accepts(accept, file) {
  const name = file.name.toLowerCase();
  return accept.split(',').map((a) => a.trim().toLowerCase()).filter(Boolean).some((a) => {
    if (a.startsWith('.')) return name.endsWith(a);
    if (a.endsWith('/*')) return (file.type || '').startsWith(a.slice(0, -1));
    return file.type === a;
  });
}

function hint({ maxFiles, maxSize, accept }) {
  return [maxFiles && `最多 ${maxFiles} 个`, maxSize && `单个不超过 ${maxSize} MB`, accept && `类型：${accept}`]
    .filter(Boolean).join('，');
}

function formatSize(size) {
  if (!size && size !== 0) return '';
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

OaAttachments.config = {
  type,
  keyed: true,
  name: '附件',
  label: '附件',
  group: OA_GROUP,
  iconUrl: glyphIcon('附'),
  emptyValue: [],
  sanitizeValue: ({ value }) => (Array.isArray(value) ? value.filter((f) => f && f.id !== undefined) : []),
  create: (options = {}) => ({ label: '附件', ...options }),
  propertiesPanelEntries: BASE_ENTRIES,
};
