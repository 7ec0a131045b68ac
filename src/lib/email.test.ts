import { isEmailAddress } from './email';

describe('isEmailAddress', () => {
  it.each(['ada@example.com', 'a.b+news@mail.example.co.uk', 'obrien@example.com', 'x_y@sub-domain.example.org'])('accepts %s', (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  it.each(['a@b..com', 'a@b.com.', 'a@.b.com', 'a@b', 'a b@example.com', 'a@b@example.com', '.a@example.com', 'a..b@example.com', 'a@-b.com', 'a@b.c', 'a@b.123', '@example.com', ''])(
    'refuses %j',
    (address) => {
      expect(isEmailAddress(address)).toBe(false);
    },
  );
});
