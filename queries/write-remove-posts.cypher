// write-remove-posts: deletes Post nodes and everything attached to them.
// Parameters: $posts (list of post ids).
// Returns: nothing.
UNWIND $posts AS id
MATCH (p:Post {id: id})
DETACH DELETE p
