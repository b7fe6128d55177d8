// post: one post's front matter.
// Parameters: $id (post id).
// Returns: post, title, url, date, author, tags, site — zero or one row.
MATCH (p:Post {id: $id})
RETURN p.id AS post, p.title AS title, p.url AS url, p.date AS date, p.author AS author, p.tags AS tags, p.site AS site
