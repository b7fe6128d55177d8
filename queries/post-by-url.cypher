// post-by-url: the post published at a URL (as its front matter or its site gives it).
// Parameters: $urls (list of candidate spellings: with and without origin, trailing slash).
// Returns: post, title, url, date, author, tags, site — ordered by post. An absolute stored URL
// also matches by its path ("https://blog.example/x/" answers "/x/").
MATCH (p:Post)
WHERE p.url IS NOT NULL
WITH p, CASE WHEN p.url STARTS WITH 'http://' OR p.url STARTS WITH 'https://'
  THEN substring(p.url, size(split(p.url, '/')[0]) + 2 + size(split(p.url, '/')[2])) ELSE p.url END AS path
WHERE p.url IN $urls OR path IN $urls
RETURN p.id AS post, p.title AS title, p.url AS url, p.date AS date, p.author AS author, p.tags AS tags, p.site AS site
ORDER BY post
