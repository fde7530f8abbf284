// Never throw into the page: errors are caught at the edges and logged once each, with our prefix.
const seen = new Set<string>();

export function logOnce(message: string, error?: unknown): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[figure-check] ${message}`, error ?? '');
}
