import { act, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { replayTypedText } from './typed-before-start';

function Unlock() {
  const [password, setPassword] = useState('');
  const [note, setNote] = useState('');
  return (
    <form>
      <input aria-label="Password" type="password" value={password} onChange={(event) => setPassword(event.target.value)} />
      <textarea aria-label="Note" value={note} onChange={(event) => setNote(event.target.value)} />
      <output>{`${password.length} characters; note “${note}”`}</output>
    </form>
  );
}

describe('text typed into a prerendered form before the app started', () => {
  it('reaches the state once the page has hydrated, and stays in the fields', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Unlock />);
    document.body.append(container);
    const password = container.querySelector('input')!;
    const note = container.querySelector('textarea')!;
    // The reader types while the app's code is on its way.
    password.value = 'expo2023';
    note.value = 'on my way';
    const root = hydrateRoot(container, <Unlock />);
    await act(async () => undefined);
    // Hydration keeps the text in the field, but the state still holds what the build rendered.
    expect(password.value).toBe('expo2023');
    expect(container.querySelector('output')!.textContent).toBe('0 characters; note “”');
    act(() => replayTypedText(container));
    expect(container.querySelector('output')!.textContent).toBe('8 characters; note “on my way”');
    expect(password.value).toBe('expo2023');
    expect(note.value).toBe('on my way');
    act(() => root.unmount());
    container.remove();
  });
});
