// Same-origin API calls from the islands. Cookies carry the session; state-changing calls add
// the anti-forgery token that the layout renders as <meta name="csrf-token">.

export function csrfToken() {
  return document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') || '';
}

export async function getJson(url, { signal } = {}) {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
    signal,
  });
  if (!response.ok) throw new Error(`GET ${url} → ${response.status}`);
  return response.json();
}

// XMLHttpRequest rather than fetch because fetch still has no upload progress events.
export function uploadFile(url, file, { onProgress, fieldName = 'file' } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.responseType = 'json';
    xhr.setRequestHeader('RequestVerificationToken', csrfToken());
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300 && xhr.response) resolve(xhr.response);
      else reject(new Error(`上传失败（${xhr.status}）`));
    };
    xhr.onerror = () => reject(new Error('网络错误，上传失败'));
    const body = new FormData();
    body.append(fieldName, file, file.name);
    xhr.send(body);
  });
}

// Debounced search helper for pickers: aborts the previous request so a slow answer for "张"
// never overwrites the answer for "张三".
export function createSearch(buildUrl, delay = 250) {
  let timer;
  let controller;
  return (query, callback) => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      try {
        callback(null, await getJson(buildUrl(query), { signal: controller.signal }));
      } catch (error) {
        if (error.name !== 'AbortError') callback(error, []);
      }
    }, delay);
  };
}
