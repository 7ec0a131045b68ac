import { parsePrerenderedState, serializeState, type PrerenderedState } from './prerendered-state';

const state: PrerenderedState = {
  path: '/news/eu-japan',
  queries: { mutations: [], queries: [] },
  router: { loaderData: {} },
};
const stamped = { ...state, stamp: 'a1b2c3' };

describe('the data a prerendered page hydrates with', () => {
  it('is read from the page’s own block for the path it was rendered for, trailing slash or escapes aside', () => {
    expect(parsePrerenderedState(serializeState(state), '/news/eu-japan/', null)).toEqual(state);
    const arabic = { ...state, path: '/news/%D8%AF%D8%A8%D9%8A' };
    expect(parsePrerenderedState(serializeState(arabic), '/news/دبي', null)).toEqual(arabic);
  });

  it('is nothing on a page served for another address: that page renders from scratch', () => {
    expect(parsePrerenderedState(serializeState(state), '/news/another', null)).toBeNull();
  });

  it('is read from the file beside the page only when it is the file the page names', () => {
    expect(parsePrerenderedState(serializeState(stamped), '/news/eu-japan', 'a1b2c3')).toEqual(stamped);
    // A cache or a newer build answered with data the page was not rendered from.
    expect(parsePrerenderedState(serializeState({ ...state, stamp: 'ffffff' }), '/news/eu-japan', 'a1b2c3')).toBeNull();
    expect(parsePrerenderedState(serializeState(state), '/news/eu-japan', 'a1b2c3')).toBeNull();
  });

  it('can be written into a page’s block: nothing in WordPress text ends it early', () => {
    const hostile = { ...state, formats: { title: '</script><!--<script>alert(1)</script>\u2028' } };
    const text = serializeState(hostile);
    expect(text).not.toMatch(/[<>]|\u2028/);
    expect(parsePrerenderedState(text, '/news/eu-japan', null)).toEqual(hostile);
  });

  it('is nothing when the answer is not JSON (a host’s own page for a missing file) or empty', () => {
    expect(parsePrerenderedState('<!doctype html><title>Not found</title>', '/news/eu-japan', 'a1b2c3')).toBeNull();
    expect(parsePrerenderedState(undefined, '/news/eu-japan', 'a1b2c3')).toBeNull();
    expect(parsePrerenderedState('', '/news/eu-japan', null)).toBeNull();
  });
});
