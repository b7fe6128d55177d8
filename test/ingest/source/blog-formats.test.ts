// Fixture blogs in each generator's layout: the ids, dates and URLs the generator itself would give.
import { describe, expect, it } from 'vitest';
import { readPosts } from '../../../ingest/pipeline/post-stream.js';
import { blogOf, idDateUrl, postsOf } from '../../helpers/blog.js';

const talk = 'Dana Brooks talked about Ansible at the summit.';

describe('a Jekyll blog', () => {
  it('dates posts by file name and gives them /:categories/:year/:month/:day/:title.html on the site URL', async () => {
    const dir = blogOf('jekyll-blog', {
      '_config.yml': 'title: Notes\nurl: https://jekyll.example\nbaseurl: /notes\n',
      '_posts/2012-04-25-railsconf-day-one.md': `---\ntitle: RailsConf 2012 day one\n---\n${talk}\n`,
      '_posts/2012/2012-04-26-railsconf-day-two.markdown': `---\ntitle: RailsConf 2012 day two\ncategories: [Conferences]\n---\n${talk}\n`,
      '_posts/2012-04-27-railsconf-day-three.html': `---\ntitle: RailsConf 2012 day three\n---\n<p>Dana Brooks talked about <a href="https://www.ansible.com/">Ansible</a>.</p>\n`,
      '_posts/2012-05-01-moved.md': `---\ntitle: Moved\npermalink: /moved/\ndate: 2012-05-02 09:00:00 -0400\n---\n${talk}\n`,
      '_layouts/default.html': '<html>{{ content }}</html>',
      '_drafts/not-yet.md': '---\ntitle: Draft\n---\nUnpublished.\n',
      'about.html': '---\nlayout: default\n---\n<p>About me</p>\n',
    });
    const { posts, skipped } = await postsOf([dir]);
    expect(skipped).toEqual([]);
    expect(idDateUrl(posts)).toEqual({
      'post:jekyll-blog:2012-04-25-railsconf-day-one': [
        '2012-04-25',
        'https://jekyll.example/notes/2012/04/25/railsconf-day-one.html',
      ],
      // Not a plain .md file: the key keeps a hash of the exact path, so x.markdown and x.md never meet.
      'post:jekyll-blog:2012-2012-04-26-railsconf-day-two_#': [
        '2012-04-26',
        'https://jekyll.example/notes/conferences/2012/04/26/railsconf-day-two.html',
      ],
      'post:jekyll-blog:2012-04-27-railsconf-day-three_#': [
        '2012-04-27',
        'https://jekyll.example/notes/2012/04/27/railsconf-day-three.html',
      ],
      'post:jekyll-blog:moved': ['2012-05-02', 'https://jekyll.example/notes/moved/'],
    });
    const html = posts.find((p) => p.id.includes('day-three'))!;
    expect(html.title).toBe('RailsConf 2012 day three');
  });

  it('keeps the links of an .html post body for extraction', async () => {
    const dir = blogOf('jekyll-links', {
      '_posts/2012-04-27-x.html':
        '---\ntitle: RailsConf 2012\n---\n<p>Dana Brooks talked about <a href="https://www.ansible.com/">Ansible</a>.</p>\n',
    });
    const { posts } = await postsOf([dir]);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.url).toBe('/2012/04/27/x.html');
  });
});

describe('a Hugo site', () => {
  it('gives section + slug URLs on baseURL, page bundles included, and honours [permalinks]', async () => {
    const dir = blogOf('hugo-site', {
      'hugo.toml': 'baseURL = "https://hugo.example/"\n[permalinks]\n  news = "/:year/:month/:slug/"\n',
      'content/post/kubecon-day-one.md': `+++\ntitle = "KubeCon day one"\ndate = 2023-04-18T20:00:00Z\n+++\n${talk}\n`,
      'content/post/flock/index.md': `---\ntitle: Flock day two\ndate: 2018-08-10\n---\n${talk}\n`,
      'content/news/fosdem.md': `---\ntitle: FOSDEM notes\ndate: 2024-02-05\nslug: fosdem-2024\n---\n${talk}\n`,
      'content/news/dated.md': `---\ntitle: Dated\npublishDate: 2024-03-01\nurl: /special/place/\n---\n${talk}\n`,
      'layouts/_default/single.html': '<html></html>',
      'content/post/_index.md': '---\ntitle: Posts\n---\n',
    });
    const { posts, skipped } = await postsOf([dir]);
    expect(skipped).toEqual([]);
    expect(idDateUrl(posts)).toEqual({
      'post:hugo-site:post-kubecon-day-one': ['2023-04-18', 'https://hugo.example/post/kubecon-day-one/'],
      'post:hugo-site:post-flock': ['2018-08-10', 'https://hugo.example/post/flock/'],
      'post:hugo-site:fosdem-2024': ['2024-02-05', 'https://hugo.example/2024/02/fosdem-2024/'],
      'post:hugo-site:special-place': ['2024-03-01', 'https://hugo.example/special/place/'],
    });
  });
});

describe('site configuration', () => {
  it("reads an older Hugo site's config.toml, and a talkgraph-site.yml that names the site, its URL and permalink rule", async () => {
    const hugo = blogOf('old-hugo', {
      'config.toml': 'baseURL = "https://old.example/"\n',
      'content/posts/summit.md': `---\ntitle: Summit\ndate: 2019-01-02\n---\n${talk}\n`,
    });
    const plain = blogOf('folder', {
      'talkgraph-site.yml': 'name: My Notes\nurl: https://notes.example/\npermalink: /:year/:title/\n',
      'summit-notes.md': `---\ntitle: Summit notes\ndate: 2020-03-04\n---\n${talk}\n`,
    });
    const { posts, skipped } = await postsOf([hugo, plain]);
    expect(skipped).toEqual([]);
    expect(idDateUrl(posts)).toEqual({
      'post:old-hugo:posts-summit': ['2019-01-02', 'https://old.example/posts/summit/'],
      'post:my-notes:summit-notes': ['2020-03-04', 'https://notes.example/2020/summit-notes/'],
    });
  });

  it('a broken config is one SITE_CONFIG_INVALID line naming it; its posts are still read', async () => {
    const dir = blogOf('broken-config', {
      '_config.yml': 'url: [unclosed\n',
      '_posts/2012-04-25-x.md': `---\ntitle: X\n---\n${talk}\n`,
    });
    const { posts, skipped } = await postsOf([dir]);
    expect(posts.map((p) => p.id)).toEqual(['post:broken-config:2012-04-25-x']);
    expect(skipped.map((s) => [s.file, s.code])).toEqual([[dir, 'SITE_CONFIG_INVALID']]);
    expect(skipped[0]!.reason).toContain('_config.yml');
  });
});

describe('a Hexo blog', () => {
  it('reads front matter closed by --- without an opening one, and :year/:month/:day/:title/ URLs', async () => {
    const dir = blogOf('hexo-blog', {
      '_config.yml': 'url: https://hexo.example\npermalink: :year/:month/:day/:title/\n',
      'source/_posts/devconf-recap.md': `title: DevConf recap\ndate: 2020-02-03 10:00:00\ntags:\n  - fedora\n---\n${talk}\n`,
    });
    const { posts, skipped } = await postsOf([dir]);
    expect(skipped).toEqual([]);
    expect(idDateUrl(posts)).toEqual({
      'post:hexo-blog:devconf-recap': ['2020-02-03', 'https://hexo.example/2020/02/03/devconf-recap/'],
    });
    expect(posts[0]).toMatchObject({ title: 'DevConf recap', tags: ['fedora'] });
  });
});

describe('a Pelican site', () => {
  it('reads the Key: value metadata header and gives {slug}.html on SITEURL', async () => {
    const dir = blogOf('pelican-site', {
      'pelicanconf.py': "AUTHOR = 'Robin'\nSITEURL = 'https://pelican.example'\n",
      'content/pycon-wrap-up.md': `Title: PyCon 2019 wrap-up\nDate: 2019-06-20 10:20\nTags: python, django\nAuthor: Robin Ashe\n\n${talk}\n`,
    });
    const { posts, skipped } = await postsOf([dir]);
    expect(skipped).toEqual([]);
    expect(idDateUrl(posts)).toEqual({
      'post:pelican-site:pycon-wrap-up': ['2019-06-20', 'https://pelican.example/pycon-2019-wrap-up.html'],
    });
    expect(posts[0]).toMatchObject({ title: 'PyCon 2019 wrap-up', author: 'Robin Ashe', tags: ['python', 'django'] });
  });
});

describe('feeds and exports', () => {
  it('reads an RSS 2.0 file: one post per item, HTML content as text with its links', async () => {
    const dir = blogOf('feeds', {
      'rss.xml': `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Notes</title><link>https://rss.example/</link>
<item><title>Summit day one</title><link>https://rss.example/2021/05/summit-day-one/</link><pubDate>Tue, 04 May 2021 10:00:00 GMT</pubDate><dc:creator>Pat Writer</dc:creator><category>xen</category>
<description>&lt;p&gt;Dana Brooks talked about &lt;a href="https://www.ansible.com/"&gt;Ansible&lt;/a&gt;.&lt;/p&gt;</description></item></channel></rss>`,
    });
    const { posts, skipped } = await postsOf([`${dir}/rss.xml`]);
    expect(skipped).toEqual([]);
    expect(idDateUrl(posts)).toEqual({
      'post:rss-example:2021-05-summit-day-one': ['2021-05-04', 'https://rss.example/2021/05/summit-day-one/'],
    });
    expect(posts[0]).toMatchObject({
      title: 'Summit day one',
      author: 'Pat Writer',
      tags: ['xen'],
      site: 'rss-example',
    });
    // The extractor reads the content as Markdown, the link kept (it tells a project by its site).
    const texts = [];
    for await (const e of readPosts([`${dir}/rss.xml`])) if (e.kind === 'read') texts.push(e.text);
    expect(texts[0]).toContain('Dana Brooks talked about [Ansible](https://www.ansible.com/).');
  });

  it('reads an Atom file', async () => {
    const dir = blogOf('feeds', {
      'atom.xml': `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom notes</title><link href="https://atom.example/"/><id>urn:x</id><updated>2022-01-01T00:00:00Z</updated>
<entry><title>DevOpsDays recap</title><link rel="alternate" href="https://atom.example/devopsdays/"/><id>urn:1</id><published>2022-05-06T12:00:00Z</published><author><name>Sam Whitfield</name></author><category term="ansible"/>
<content type="html">&lt;p&gt;${talk}&lt;/p&gt;</content></entry>
<entry><title>No link</title><id>urn:uuid:2</id><updated>2022-05-07T12:00:00Z</updated><summary>Plain words.</summary></entry></feed>`,
    });
    const { posts, skipped } = await postsOf([`${dir}/atom.xml`]);
    expect(skipped).toEqual([]);
    expect(idDateUrl(posts)).toMatchObject({
      'post:atom-example:devopsdays': ['2022-05-06', 'https://atom.example/devopsdays/'],
    });
    expect(posts.map((p) => p.id)).toEqual([
      'post:atom-example:devopsdays',
      expect.stringMatching(/^post:atom-example:urn-uuid-2_[0-9a-f]{8}$/),
    ]);
    expect(posts[0]).toMatchObject({ author: 'Sam Whitfield', tags: ['ansible'] });
  });

  it('reads a WordPress export (WXR): published posts only, tags and categories by domain', async () => {
    const dir = blogOf('wxr', {
      'export.xml': `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>WP blog</title><link>https://wp.example</link><wp:wxr_version>1.2</wp:wxr_version>
<item><title>LinuxCon 2016: Day One</title><link>https://wp.example/2016/08/25/linuxcon-2016-day-one/</link><dc:creator><![CDATA[Jamie Lin]]></dc:creator>
<content:encoded><![CDATA[${talk}

Later, Arjun Patel talked about MySQL.]]></content:encoded><wp:post_date_gmt>2016-08-25 22:40:00</wp:post_date_gmt><wp:post_name>linuxcon-2016-day-one</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="post_tag" nicename="linux"><![CDATA[linux]]></category><category domain="category" nicename="events"><![CDATA[Events]]></category></item>
<item><title>No link</title><content:encoded><![CDATA[${talk}]]></content:encoded><wp:post_date_gmt>2016-09-01 10:00:00</wp:post_date_gmt><wp:post_name>no-link-post</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
<item><title>A draft</title><link>https://wp.example/?p=3</link><content:encoded><![CDATA[Draft]]></content:encoded><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>
<item><title>About</title><link>https://wp.example/about/</link><content:encoded><![CDATA[Me]]></content:encoded><wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>
</channel></rss>`,
    });
    const { posts, skipped } = await postsOf([`${dir}/export.xml`]);
    expect(skipped).toEqual([]);
    expect(idDateUrl(posts)).toEqual({
      'post:wp-example:2016-08-25-linuxcon-2016-day-one': [
        '2016-08-25',
        'https://wp.example/2016/08/25/linuxcon-2016-day-one/',
      ],
      // Without a link, the id comes from WordPress' slug (post_name).
      'post:wp-example:no-link-post': ['2016-09-01', null],
    });
    expect(posts[0]).toMatchObject({ author: 'Jamie Lin', tags: ['linux'], categories: ['Events'] });
  });

  it('a malformed feed or export is one FEED_INVALID line naming it, and the run goes on', async () => {
    const dir = blogOf('bad', {
      'broken.xml': '<rss><channel><item></channel>',
      'not-a-feed.xml': '<html><body/></html>',
      'post.md': `---\ntitle: ok\n---\n${talk}\n`,
    });
    const { posts, skipped } = await postsOf([`${dir}/broken.xml`, `${dir}/not-a-feed.xml`, dir]);
    expect(posts).toHaveLength(1);
    expect(skipped.map((s) => [s.file.split('/').pop(), s.code])).toEqual([
      ['broken.xml', 'FEED_INVALID'],
      ['not-a-feed.xml', 'FEED_INVALID'],
    ]);
    expect(skipped.every((s) => s.reason.includes(s.file))).toBe(true);
  });
});

describe('saved HTML pages', () => {
  it('reads the article of a page, and skips a page without one with NO_ARTICLE', async () => {
    const dir = blogOf('pages', {
      'summit.html': `<!doctype html><html><head><title>Site</title><link rel="canonical" href="https://pages.example/summit/"></head><body><nav>Home</nav><article><h1>Summit notes</h1><time datetime="2021-05-04">May 4</time><p>${talk}</p></article></body></html>`,
      'index.html': '<!doctype html><html><body><div>Just a list of links</div></body></html>',
    });
    const { posts, skipped } = await postsOf([dir]);
    expect(idDateUrl(posts)).toEqual({ 'post:pages:summit': ['2021-05-04', 'https://pages.example/summit/'] });
    expect(posts[0]!.title).toBe('Summit notes');
    expect(skipped.map((s) => [s.file.split('/').pop(), s.code])).toEqual([['index.html', 'NO_ARTICLE']]);
  });
});
