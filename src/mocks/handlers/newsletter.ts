import { http, HttpResponse } from 'msw';
import { db } from '../db';
import { wp } from './paths';
import { wpError } from './wp-response';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** A newsletter plugin's REST route, answering in WordPress's error shape. */
export const newsletterHandlers = [
  http.post(wp('/newsletter/v1/subscribers'), async ({ request }) => {
    const body = (await request.json().catch(() => null)) as { email?: unknown } | null;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    if (!emailPattern.test(email)) return wpError(400, 'invalid_email', 'Please enter a valid email address.');
    if (db.subscribers.has(email)) return wpError(409, 'already_subscribed', 'This address is already subscribed.');
    db.subscribers.add(email);
    return HttpResponse.json({ email, status: 'subscribed' }, { status: 201 });
  }),
];
