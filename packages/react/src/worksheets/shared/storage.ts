/**
 * Local storage and files, guarded: no `window` on the server, storage that is off, full or
 * throwing (private mode, quota) never breaks the page; the caller learns whether it worked.
 */

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : (window.localStorage ?? undefined);
  } catch {
    return undefined;
  }
}

/** The saved text under `key`, or `null` when there is none or storage cannot be read. */
export function storage_read(key: string): string | null {
  try {
    const value = storage()?.getItem(key);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Writes `text` under `key`; false when storage is missing, off or full. */
export function storage_write(key: string, text: string): boolean {
  try {
    const s = storage();
    if (!s || !text) return false;
    s.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Saves a JSON text as a file. */
export function json_download(text: string, name: string): void {
  try {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch {
    // A browser without downloads: nothing to do; the work is still on the page.
  }
}

/** Reads a file as text (FileReader where `Blob.text` is missing). */
export function file_text(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}
