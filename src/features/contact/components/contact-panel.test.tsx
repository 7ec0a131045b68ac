import { act, within } from '@testing-library/react';
import { escapeRegExp as escape } from '@/lib/escape-reg-exp';
import { entryName, openPanel, renderWidget, setWednesdayMorning, withContact } from '../../../../test/contact-widget';
import { contactTeams } from '../../../../test/reference-page';

beforeEach(setWednesdayMorning);
afterEach(() => {
  vi.useRealTimers();
});

describe('contact panel', () => {
  it('lists the reference page’s teams and the call to action, each with its status', async () => {
    const { user } = renderWidget();
    const dialog = await openPanel(user);
    const links = within(dialog).getAllByRole('link');
    for (const name of contactTeams) expect(within(dialog).getByRole('link', { name: new RegExp(`^${escape(name)},`) })).toBeInTheDocument();
    expect(links).toHaveLength(10);
    expect(within(dialog).getByRole('link', { name: entryName('Marine Service - SeaMac', 'Marine engines, spares and onsite repairs', 'Online') })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/wa\.me\/862012345678\?text=/));
    expect(within(dialog).getByRole('link', { name: entryName('Sales Director - Mr. Jasper Lee', 'Partnerships in Europe', 'Offline · back Wed ', { partial: true }) })).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Contact EMAC Now!' })).toHaveAttribute('href', expect.stringContaining('https://wa.me/'));
  });

  it('lists whoever can answer now first, and says whom "Contact EMAC Now!" reaches', async () => {
    // Wednesday 03:00 in Berlin, 10:00 in Shanghai: only the Europe desk is closed.
    const { user } = renderWidget();
    const dialog = await openPanel(user);
    const names = within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    const firstOffline = names.findIndex((text) => /Offline|Unavailable/.test(text));
    expect(firstOffline).toBeGreaterThan(0);
    expect(names.slice(firstOffline).every((text) => /Offline|Unavailable/.test(text))).toBe(true);
    expect(names.at(-1)).not.toMatch(/Online/);
    const cta = within(dialog).getByRole('link', { name: 'Contact EMAC Now!' });
    const first = within(within(dialog).getAllByRole('listitem')[0]!).getByRole('link');
    expect(first).toHaveAccessibleName(/,\s*Online$/);
    const firstName = contactTeams.find((team) => first.textContent?.includes(team));
    expect(cta).toHaveAccessibleDescription(`Opens WhatsApp with ${firstName}, online now`);
  });

  it('starts a chat that quotes the page the reader is on', async () => {
    document.title = 'Q&A #3? 50% – EMAC News';
    const { user } = renderWidget('/news/q-a');
    const dialog = await openPanel(user);
    const link = within(dialog).getByRole('link', { name: entryName('Marine Service - SeaMac', 'Marine engines, spares and onsite repairs', 'Online') });
    const text = new URL(link.getAttribute('href')!).searchParams.get('text');
    expect(text).toBe(`Hello EMAC News, I am reading “Q&A #3? 50%” (${window.location.href}) and have a question.`);
  });

  it('raises an analytics event when a chat starts, without the phone number', async () => {
    const events: CustomEvent[] = [];
    const listener = (event: Event) => events.push(event as CustomEvent);
    window.addEventListener('contact:chat-start', listener);
    window.dataLayer = [];
    const { user } = renderWidget('/news/some-story');
    const dialog = await openPanel(user);
    const link = within(dialog).getByRole('link', { name: entryName('Marine Service - SeaMac', 'Marine engines, spares and onsite repairs', 'Online') });
    link.addEventListener('click', (event) => event.preventDefault());
    await user.click(link);
    window.removeEventListener('contact:chat-start', listener);
    expect(events.map((event) => event.detail)).toEqual([{ agentId: 'seamac', agentName: 'Marine Service - SeaMac', pagePath: '/news/some-story' }]);
    expect(window.dataLayer).toEqual([expect.objectContaining({ event: 'contact_chat_start', contact_agent_id: 'seamac' })]);
    expect(JSON.stringify([events[0]!.detail, window.dataLayer])).not.toMatch(/2012345678|862012/);
    delete window.dataLayer;
  });

  it('shows a broken entry as unavailable instead of a broken link, and says why in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    withContact((contact) => {
      contact.agents[1]!.phone = 'call the office';
    });
    const { user } = renderWidget();
    const dialog = await openPanel(user);
    expect(within(dialog).queryByRole('link', { name: /DuraMac/ })).toBeNull();
    expect(within(dialog).getByText('Automotive Service - DuraMac').closest('div')).toHaveTextContent('Unavailable');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Automotive Service - DuraMac'));
  });

  it.each([
    ['13800138000', 'no country code'],
    ['+1 555 0100', 'numbering plan'],
  ])('never links %j, a number that would reach someone else, and names it in the console', async (phone, reason) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    withContact((contact) => {
      contact.agents[0]!.phone = phone;
    });
    const { user } = renderWidget();
    const dialog = await openPanel(user);
    expect(within(dialog).queryByRole('link', { name: /SeaMac/ })).toBeNull();
    expect(within(dialog).getByText('Marine Service - SeaMac').closest('div')).toHaveTextContent('Unavailable');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`Marine Service - SeaMac.*${escape(phone)}.*${reason}`)));
    // The call to action goes to the first team that can be reached, not the broken entry.
    const cta = within(dialog).getByRole('link', { name: 'Contact EMAC Now!' });
    expect(cta).toHaveAttribute('href', expect.stringMatching(/^https:\/\/wa\.me\/8613800138000\?/));
  });

  it('drops the trunk 0 written after a country code that has one', async () => {
    withContact((contact) => {
      contact.agents[0]!.phone = '+86 020 1234 5678';
    });
    const { user } = renderWidget();
    const dialog = await openPanel(user);
    expect(within(dialog).getByRole('link', { name: /^Marine Service - SeaMac/ })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/wa\.me\/862012345678\?/));
  });

  it('keeps offline agents unclickable when the configuration says so', async () => {
    withContact((contact) => {
      contact.offlineClickable = false;
    });
    const { user } = renderWidget();
    const dialog = await openPanel(user);
    expect(within(dialog).queryByRole('link', { name: /Jasper Lee/ })).toBeNull();
    expect(within(dialog).getByText('Sales Director - Mr. Jasper Lee').closest('div')).toHaveTextContent(/Offline · back Wed/);
  });

  it('updates a status while the panel is open', async () => {
    const { user } = renderWidget();
    const dialog = await openPanel(user);
    expect(within(dialog).getByRole('link', { name: entryName('Marine Service - SeaMac', 'Marine engines, spares and onsite repairs', 'Online') })).toBeInTheDocument();
    // 12:00 in Shanghai: lunch.
    act(() => vi.advanceTimersByTime(2 * 3_600_000));
    // Back at 13:30 Shanghai time, said in the visitor's own clock.
    const back = new Intl.DateTimeFormat('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' })
      .format(new Date('2026-11-25T05:30:00Z'))
      .replace(',', '');
    expect(await within(dialog).findByRole('link', { name: entryName('Marine Service - SeaMac', 'Marine engines, spares and onsite repairs', `Offline · back ${back}`) })).toBeInTheDocument();
  });
});
