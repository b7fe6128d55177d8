// post-by-url: the post published at a URL (as its front matter gives it).
// Parameters: $urls (list of candidate spellings: with and without origin, trailing slash).
// Returns: post, title, url, date, author, tags — ordered by post.
MATCH (p:Post)
WHERE p.url IN $urls
RETURN p.id AS post, p.title AS title, p.url AS url, p.date AS date, p.author AS author, p.tags AS tags
ORDER BY post
