/**
 * Puts text on the clipboard: the Clipboard API where the page may use it, otherwise the old
 * way through a hidden text area. Resolves to whether it worked.
 */
export async function copyText(text: string): Promise<boolean> {
  // Missing on insecure origins, whatever the DOM types say.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  try {
    if (clipboard) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable (an insecure origin, an iframe without permission): fall back.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'pv-visually-hidden';
  document.body.append(area);
  area.select();
  try {
    // Deprecated, but the only way left when the Clipboard API is missing.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
