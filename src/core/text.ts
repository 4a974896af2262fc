/**
 * Collapses runs of white space the way the page renders them. Anything that
 * is not a string or a number (JSON can hold anything) becomes ''.
 */
export function normaliseText(text: unknown): string {
  return typeof text === 'string' || typeof text === 'number' ? String(text).replace(/\s+/g, ' ').trim() : '';
}
