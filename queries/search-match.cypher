// search-match: the best clause weight of each (post, query word) in the post full-text index.
// Parameters: $clauses (list of {word, weight, rank, query}: word is the index of the query word, weight
//   the field boost × match kind, rank the match kind (3 exact, 2 prefix, 1 fuzzy), query a Lucene query on one field: `search_title:xen`,
//   `search_text:virt*`, `search_tags:kernal~1`).
// Returns: post, word, weight, rank (the best kind in any field) — one row per matching (post, word); order not significant.
UNWIND $clauses AS c
CALL db.index.fulltext.queryNodes('post_search', c.query) YIELD node
RETURN node.id AS post, c.word AS word, max(c.weight) AS weight, max(c.rank) AS rank
