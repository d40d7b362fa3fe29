/**
 * How the text output names the copies of an article: each outlet once, with how many copies it
 * printed when more than one ("alriyadh (2)، okaz"), in the order they were first met. An outlet
 * that printed the same wire text twice is one outlet to a reader, not two.
 */
export function copiesLine(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].map(([label, n]) => (n > 1 ? `${label} (${n})` : label)).join('، ');
}
