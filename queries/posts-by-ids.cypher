// posts-by-ids: the front matter of many posts in one round trip (instead of one `post` each).
// Parameters: $ids (list of post ids).
// Returns: post, title, url, date, author, tags, site — ordered by post; unknown ids give no row.
MATCH (p:Post)
WHERE p.id IN $ids
RETURN p.id AS post, p.title AS title, p.url AS url, p.date AS date, p.author AS author, p.tags AS tags, p.site AS site
ORDER BY post
