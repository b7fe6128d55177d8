// stored-posts: what each stored post was ingested from, to skip unchanged posts and prune;
// links (the post's own relations) is 0 for a post whose write was cut off, to repair it.
// Parameters: none.
// Returns: post, hash, source, site, links — ordered by post.
MATCH (p:Post)
RETURN p.id AS post, p.hash AS hash, p.source AS source, p.site AS site, COUNT { (p)--() } AS links
ORDER BY post
