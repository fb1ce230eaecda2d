/**
 * Wraps text someone typed (a name) in Unicode isolates before it goes into a sentence, so
 * bidi controls inside it (e.g. U+202E) cannot reverse the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
