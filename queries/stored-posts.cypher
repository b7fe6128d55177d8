// stored-posts: what each stored post was ingested from, to skip unchanged posts and prune.
// Parameters: none.
// Returns: post, hash, source, site — ordered by post.
MATCH (p:Post)
RETURN p.id AS post, p.hash AS hash, p.source AS source, p.site AS site
ORDER BY post
