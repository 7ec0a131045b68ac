it('answers', async () => {
  const r = await fetch(`${process.env.WORDPRESS_URL}/wp-json/wp/v2/posts?_embed&per_page=2`);
  console.log(r.status, Object.fromEntries(r.headers), JSON.stringify(await r.json()).slice(0, 3000));
});
