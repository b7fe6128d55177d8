// write-clear-post-relations: removes every relation a batch of posts stated, before rewriting them.
// Parameters: $posts (list of post ids).
// Returns: nothing.
MATCH ()-[r]->()
WHERE r.post IN $posts
DELETE r
