// search-indexed: the posts that have a search document (ingest re-indexes the others).
// Parameters: none.
// Returns: post — ordered by post.
MATCH (p:SearchDoc)
RETURN p.id AS post
ORDER BY post
