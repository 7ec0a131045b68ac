/** Requests to the mock WordPress through fetch, as the reader's HTTP client makes them; MSW answers. */
export const api = 'http://localhost:3000/wp-json/wp/v2';

export async function get(path: string) {
  const response = await fetch(`${api}${path}`);
  return { response, body: (await response.json()) as unknown };
}

export async function post(path: string, body: Record<string, unknown>) {
  const response = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json()) as Record<string, unknown> };
}
