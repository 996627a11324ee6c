/** Text for an HTML attribute value in double quotes, or for element content: nothing can close or open a tag. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` is written `\u003c`, so article
 * text can neither close the script (`</script>`) nor open a comment (`<!--`) in it; `>` and `&`
 * likewise, and U+2028/U+2029, which old JavaScript parsers take for line breaks. The escapes
 * are JSON's own, so JSON.parse gives back the same data.
 */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
