import { checkPhone, normalizePhone } from './phone';
import { chatLink, fillMessage } from './whatsapp-link';

describe('normalizePhone', () => {
  it.each([
    ['+86 (0)20-1234 5678', '862012345678'],
    ['+86 (0) 20 1234 5678', '862012345678'],
    ['0086 138.0013.8000', '8613800138000'],
    ['+86 135 0000 1234', '8613500001234'],
    ['(+44) 20 7946 0958', '442079460958'],
    ['+44 (0)20 7946 0958', '442079460958'],
    ['+1 (212) 555-0142', '12125550142'],
    ['+49 (0)30 901820', '4930901820'],
    // China's plan has a trunk 0: written after the country code, it is not dialled from abroad.
    ['+86 020 1234 5678', '862012345678'],
    ['0086 (0)20 1234 5678', '862012345678'],
    // Italy's has none: the 0 of a Rome number is part of the number.
    ['+39 06 6982 1234', '390669821234'],
    ['+39 (0)6 6982 1234', '390669821234'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    '',
    'call us',
    '12345',
    '+86 20 1234 5678 ext 9',
    '0020',
    '+0 123 456 789',
    // No country code: wa.me would read it as +1 380…, someone else's number.
    '13800138000',
    '020 1234 5678',
    // Too short for the North American plan.
    '+1 555 0100',
  ])('rejects %j', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('says what is wrong with an entry', () => {
    expect(checkPhone('13800138000')).toEqual({ problem: expect.stringContaining('no country code') });
    expect(checkPhone('+1 555 0100')).toEqual({ problem: expect.stringContaining('numbering plan') });
  });
});

describe('chat links', () => {
  it('encodes every character of the message so it arrives exactly', () => {
    const message = 'Q&A #3? 50%\nSecond line 🚢 “quoted” + plus';
    const link = chatLink('862012345678', message);
    expect(link).toBe(
      'https://wa.me/862012345678?text=Q%26A%20%233%3F%2050%25%0ASecond%20line%20%F0%9F%9A%A2%20%E2%80%9Cquoted%E2%80%9D%20%2B%20plus',
    );
    expect(new URL(link).searchParams.get('text')).toBe(message);
  });

  it('leaves the text out when there is none', () => {
    expect(chatLink('862012345678', '')).toBe('https://wa.me/862012345678');
  });

  it('fills the placeholders so a chat from an article quotes it', () => {
    const message = fillMessage('Hello {siteName}, about “{pageTitle}” ({pageUrl}) {unknown}', {
      siteName: 'EMAC News',
      pageTitle: 'Q&A #3',
      pageUrl: 'https://news.example.com/news/q-a?x=1#top',
    });
    expect(message).toBe('Hello EMAC News, about “Q&A #3” (https://news.example.com/news/q-a?x=1#top) {unknown}');
    expect(new URL(chatLink('862012345678', message)).searchParams.get('text')).toBe(message);
  });
});
