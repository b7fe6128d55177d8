// search-match: the posts each keyword clause matches in the post full-text index.
// Parameters: $clauses (list of {word, field, kind, query}: word is the index of the query word,
//   query a Lucene query on one field: `search_title:xen`, `search_text:virt*`, `search_tags:kernal~1`).
// Returns: post, word, field, kind — one row per clause and matching post; order not significant.
UNWIND $clauses AS c
CALL db.index.fulltext.queryNodes('post_search', c.query) YIELD node
RETURN node.id AS post, c.word AS word, c.field AS field, c.kind AS kind
