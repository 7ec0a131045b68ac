import { initials } from './initials';

describe('initials', () => {
  it.each([
    ['Wendy Fu', 'WF'],
    ['Mrs. Wendy Fu', 'WF'],
    ['zoë', 'Z'],
    ['Zed 🚢', 'Z🚢'],
    ['👩‍🔧 Mechanic', '👩‍🔧M'],
    ['Émile Zola Third', 'ÉZ'],
    ['', ''],
  ])('%j → %j', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it('never leaves half of a character', () => {
    expect(initials('🇨🇳 Team')).toBe('🇨🇳T');
    expect(initials('Zed 😀')).toBe('Z😀');
    expect(initials('👍🏽 Thumbs')).toBe('👍🏽T');
    expect(initials('e\u0301mile zola')).toBe('E\u0301Z');
    expect(initials('❤️ Heart')).toBe('❤️H');
  });
});
