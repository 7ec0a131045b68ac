import { anyoneOnline } from './components/contact-panel';
import { readContactConfig, type ContactConfig } from './contact-config';
import { scheduledOnline } from './online-now';
import { expectConsole } from '../../../test/console-guard';

const wednesday10InShanghai = new Date('2026-11-25T02:00:00Z');
const wednesday20InShanghai = new Date('2026-11-25T12:00:00Z');

function configWith(agents: unknown[]): ContactConfig {
  const config = readContactConfig({ agents });
  if (!config) throw new Error('the test configuration does not read');
  return config;
}

const sales = { id: 'sales', name: 'Sales Team', phone: '+86 20 8888 6666', timeZone: 'Asia/Shanghai', hours: { wed: [['09:00', '18:00']] } };

describe('the green dot before the panel’s code has loaded', () => {
  it('lights while an agent is within its hours, and not after them', () => {
    const config = configWith([sales]);
    expect(scheduledOnline(config, wednesday10InShanghai)).toBe(true);
    expect(scheduledOnline(config, wednesday20InShanghai)).toBe(false);
    // The same answer as the panel's full check for a well-formed entry.
    expect(anyoneOnline(config, wednesday10InShanghai)).toBe(true);
    expect(anyoneOnline(config, wednesday20InShanghai)).toBe(false);
  });

  it('ignores entries that do not read as an agent (no hours, an unknown time zone)', () => {
    const config = configWith([
      { ...sales, id: 'no-hours', hours: undefined },
      { ...sales, id: 'moon', timeZone: 'Moon/Base' },
    ]);
    expect(scheduledOnline(config, wednesday10InShanghai)).toBe(false);
  });

  it('leaves the phone check to the panel: a number outside every numbering plan lights it only until that code is here', () => {
    expectConsole(/"\+86 1" is not a valid number/, 'the panel warns once about the entry it cannot link');
    const config = configWith([{ ...sales, phone: '+86 1' }]);
    expect(scheduledOnline(config, wednesday10InShanghai)).toBe(true);
    expect(anyoneOnline(config, wednesday10InShanghai)).toBe(false);
  });
});
