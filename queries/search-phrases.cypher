// search-phrases: which of the given posts hold every quoted phrase in their title or text.
// Parameters: $ids (post ids), $query (Lucene: `(search_title:"open vswitch" OR search_text:"open vswitch") AND ...`).
// Returns: post — ordered by post.
CALL db.index.fulltext.queryNodes('post_search', $query) YIELD node
WITH node WHERE node.id IN $ids
RETURN node.id AS post
ORDER BY post
