// 手写签名: a canvas pad driven by pointer events (mouse, pen and finger alike), stored as a PNG
// data URL. `touch-action: none` in the CSS stops the phone from scrolling while signing.
import { useRef, useEffect } from 'preact/hooks';
import { html } from './html.js';
import { FieldShell, glyphIcon, OA_GROUP, BASE_ENTRIES } from './field-shell.js';

export const type = 'oa-signature';
const HEIGHT = 160; // default; the designer may set field.height (and field.width) in pixels

export function OaSignature(props) {
  const { field, value, disabled, readonly, domId } = props;
  const height = field.height > 0 ? field.height : HEIGHT;
  const size = { height: `${height}px`, ...(field.width > 0 ? { width: `${field.width}px`, maxWidth: '100%' } : {}) };
  const canvasRef = useRef();
  const drawing = useRef(null);
  const locked = disabled || readonly;

  // Size the bitmap to the element and the screen's pixel ratio so strokes are crisp, and
  // redraw a stored signature (e.g. when the page reloads with server-side errors).
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = canvas.clientWidth * ratio;
    canvas.height = height * ratio;
    const ctx = canvas.getContext('2d');
    ctx.scale(ratio, ratio);
    ctx.lineWidth = 2.2;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111';
    if (value) {
      const img = new Image();
      img.onload = () => ctx.drawImage(img, 0, 0, canvas.clientWidth, height);
      img.src = value;
    }
  }, [locked, height, field.width]);

  const point = (e) => {
    const r = canvasRef.current.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const down = (e) => {
    if (locked) return;
    e.preventDefault();
    canvasRef.current.setPointerCapture(e.pointerId);
    drawing.current = point(e);
  };
  const move = (e) => {
    if (!drawing.current) return;
    const ctx = canvasRef.current.getContext('2d');
    const next = point(e);
    ctx.beginPath();
    ctx.moveTo(...drawing.current);
    ctx.lineTo(...next);
    ctx.stroke();
    drawing.current = next;
  };
  const up = () => {
    if (!drawing.current) return;
    drawing.current = null;
    props.onChange({ value: canvasRef.current.toDataURL('image/png') });
  };
  const clear = () => {
    const canvas = canvasRef.current;
    canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height);
    props.onChange({ value: null });
  };

  if (locked) {
    return html`<${FieldShell} type=${type} props=${props} labelFor=${false}>
      ${value ? html`<img class="oa-signature-image" src=${value} alt="签名" />`
        : html`<div class="oa-placeholder">未签名</div>`}
    </${FieldShell}>`;
  }
  return html`<${FieldShell} type=${type} props=${props}>
    <canvas id=${domId} ref=${canvasRef} class="oa-signature-pad" style=${size}
      aria-label="在此处签名" role="img"
      onPointerDown=${down} onPointerMove=${move} onPointerUp=${up} onPointerCancel=${up}></canvas>
    <div class="oa-signature-actions">
      <span class="oa-hint">${value ? '已签名' : '请在框内手写签名'}</span>
      <button type="button" class="oa-link-button" onClick=${clear}>清除</button>
    </div>
  </${FieldShell}>`;
}

OaSignature.config = {
  type,
  keyed: true,
  name: '手写签名',
  label: '手写签名',
  group: OA_GROUP,
  iconUrl: glyphIcon('签'),
  emptyValue: null,
  sanitizeValue: ({ value }) => (typeof value === 'string' && value.startsWith('data:image/png') ? value : null),
  create: (options = {}) => ({ label: '签名', ...options }),
  propertiesPanelEntries: BASE_ENTRIES,
};
