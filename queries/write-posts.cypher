// write-posts: creates or updates Post nodes with absolute values (safe to retry).
// Parameters: $posts (list of {id, title, url, date, author, tags, source, hash, site}).
// Returns: nothing.
UNWIND $posts AS p
MERGE (n:Post {id: p.id})
SET n.title = p.title, n.url = p.url, n.date = p.date, n.author = p.author,
    n.tags = p.tags, n.source = p.source, n.hash = p.hash, n.site = p.site
