// Why a post is related, in plain words: "shares: Xen, credit2" → "Also about Xen and credit2".

/** The API's reasons as one plain sentence. */
export function plainReasons(reasons = []) {
  const out = [];
  for (const r of reasons) {
    const [kind, rest = ''] = r.split(/:\s*/, 2);
    if (kind === 'shares') out.push(`Also about ${andList(rest.split(/,\s*/))}`);
    else if (kind === 'same event') out.push(`Also from ${rest}`);
    else if (kind === 'same event series') out.push(`From another ${rest}`);
    else if (r === 'similar text') out.push('Covers a similar subject');
    else if (r === 'a few words in common') out.push('Loosely related');
    else out.push(r);
  }
  return out.join('. ');
}

function andList(items) {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
