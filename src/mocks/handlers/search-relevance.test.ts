import { relevanceRank } from './search-relevance';

const post = (title: string, excerpt = '', content = '') => ({ title, excerpt, content });

function ranks(search: string, posts: ReturnType<typeof post>[]): number[] {
  const rank = relevanceRank(search);
  if (!rank) throw new Error(`WordPress cannot rank “${search}”`);
  return posts.map(rank);
}

describe('ranking search results as WordPress does', () => {
  it('puts posts with a single term in their title first, whatever else mentions it', () => {
    expect(ranks('engine', [post('Rebuilt Engine Programme'), post('Fleet news', '<p>Engine hours</p>', '<p>engine</p>')])).toEqual([1, 2]);
  });

  it('ranks several terms: sentence in the title, every term in it, any term in it, sentence in the excerpt, in the content, the rest', () => {
    const posts = [
      post('Our 24-hour Service Desk opens'),
      post('A desk for every service'),
      post('Service hours for the holidays'),
      post('Singapore', '<p>Call the service desk at any hour.</p>'),
      post('Singapore', '<p>Open all night.</p>', '<p>The service desk answers in English and Mandarin.</p>'),
      post('Singapore', '<p>A desk for service calls.</p>', '<p>Service, and a desk.</p>'),
    ];
    expect(ranks('service desk', posts)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('compares without case or accents, on the stored markup and entities', () => {
    expect(ranks('cafe pause', [post('Zürich: CAFÉ-PAUSE inklusive'), post('Crew &amp; Café pause')])).toEqual([2, 1]);
    expect(ranks('amp', [post('PumpMac &amp; ConeMac')])).toEqual([1]);
  });

  it('counts stopwords as pieces of the search, so their sentence ranks', () => {
    expect(ranks('the engine', [post('Reach the Engine Room'), post('Engine overhaul')])).toEqual([1, 2]);
  });

  it('looks for no sentence when a hyphen leaves a word out, even a hyphen on its own', () => {
    expect(ranks('spare parts - pumps', [post('Next-day delivery', '<p>Order spare parts - pumps, seals and filters.</p>')])).toEqual([6]);
    expect(ranks('spare parts -pumps', [post('Spare parts for mines'), post('Parts for mines')])).toEqual([2, 3]);
  });

  it('ranks seven terms or more by the sentence alone', () => {
    const search = 'service team new year message engine parts';
    expect(ranks(search, [post('A New Year Message from Our Service Teams'), post(search)])).toEqual([6, 1]);
  });

  it('ranks more than nine terms as one sentence', () => {
    const search = 'one two three four five six seven eight nine ten';
    expect(ranks(search, [post(`Count ${search}`), post('One two'), post('Counting', `<p>${search}</p>`)])).toEqual([1, 6, 4]);
  });

  it('cannot rank a search with no word to find, and does not rank one PHP takes for none', () => {
    expect(relevanceRank('-diesel')).toBeNull();
    expect(relevanceRank('-diesel -pump')).toBeNull();
    expect(ranks('0', [post('0 downtime'), post('Generators')])).toEqual([0, 0]);
  });
});
