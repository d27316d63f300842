// How a reference number (受付番号) is shown until the user reveals it. Pure: the renderer's timeline and
// the checklist's per-step record lists (built in the main process) mask it the same way.

/** "••••••99": the last two characters, the rest as dots (at most eight). */
export const maskReference = (ref: string): string =>
  ref.length <= 2 ? '••' : `${'•'.repeat(Math.min(ref.length - 2, 8))}${ref.slice(-2)}`;
