import { embedFor, isPlayerAddress, playerOrigins } from './embeds';

describe('embedFor', () => {
  it.each([
    ['https://www.youtube.com/watch?v=aqz-KE-bpKQ', 'YouTube', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ'],
    ['https://youtu.be/aqz-KE-bpKQ', 'YouTube', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ'],
    ['https://www.youtube.com/embed/aqz-KE-bpKQ?feature=oembed', 'YouTube', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ'],
    ['https://vimeo.com/76979871', 'Vimeo', 'https://player.vimeo.com/video/76979871'],
    ['https://player.vimeo.com/video/76979871?h=abc', 'Vimeo', 'https://player.vimeo.com/video/76979871'],
    ['https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk', 'Spotify', 'https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk'],
    ['https://x.com/WordPress/status/1234567890123456789', 'X', 'https://platform.twitter.com/embed/Tweet.html?id=1234567890123456789'],
    ['https://twitter.com/WordPress/status/42', 'X', 'https://platform.twitter.com/embed/Tweet.html?id=42'],
  ])('%s plays from %s', (address, provider, player) => {
    expect(embedFor(address)).toEqual({ provider, player });
    expect(isPlayerAddress(player)).toBe(true);
    expect(playerOrigins).toContain(new URL(player).origin);
  });

  it.each([
    'https://evil.example/watch?v=aqz-KE-bpKQ',
    'https://www.youtube.com.evil.example/watch?v=aqz-KE-bpKQ',
    'https://www.youtube.com/watch?v="><script>',
    'javascript:alert(1)//https://youtu.be/aqz-KE-bpKQ',
    'https://open.spotify.com/../../evil',
    'not an address',
  ])('refuses %s', (address) => {
    expect(embedFor(address)).toBeNull();
  });

  it('frames only the players it makes itself', () => {
    expect(isPlayerAddress('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ')).toBe(true);
    expect(isPlayerAddress('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&origin=evil')).toBe(false);
    expect(isPlayerAddress('https://evil.example/embed/aqz-KE-bpKQ')).toBe(false);
  });
});
