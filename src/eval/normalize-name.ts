// Name normalization used for scoring, as the gold README defines it.

/** "The Xen Cloud Platform's" → "xen cloud platform"; keeps + # . (C++, C#, Node.js). */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x00-\x7f]/g, '')
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/[^a-z0-9+#.\s]/g, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
