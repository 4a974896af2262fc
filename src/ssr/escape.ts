/** Escaping for the markup the server writes around what the widgets render. */

const ATTRIBUTE = /[&"<>]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** A value for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(ATTRIBUTE, (char) => ENTITIES[char]!);
}

/** A value for text content. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (char) => ENTITIES[char]!);
}

/**
 * JSON for a `<script type="application/ld+json">`: no `<` (so no
 * `</script>` or `<!--` can end or change the block), and no line or
 * paragraph separators, which some older parsers take as line ends.
 */
export function jsonForScript(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
