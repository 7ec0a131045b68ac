import { http, HttpResponse } from 'msw';
import { isEmailAddress } from '@/lib/email';
import { db } from '../db';
import { wp } from './paths';
import { wpError } from './wp-response';


/**
 * A small newsletter plugin's REST route (`register_rest_route('newsletter/v1',
 * '/subscribers', ...)`), so it answers as WordPress would: its own errors for
 * a broken body or a missing argument, the plugin's codes for the rest.
 */
export const newsletterHandlers = [
  http.post(wp('/newsletter/v1/subscribers'), async ({ request }) => {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return wpError(400, 'rest_invalid_json', 'Invalid JSON body passed.');
    }
    const raw = body !== null && typeof body === 'object' ? (body as { email?: unknown }).email : undefined;
    if (raw === undefined) {
      return wpError(400, 'rest_missing_callback_param', 'Missing parameter(s): email', { params: ['email'] });
    }
    const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    if (!isEmailAddress(email)) return wpError(400, 'invalid_email', 'Please enter a valid email address.');
    if (db.subscribers.has(email)) return wpError(409, 'already_subscribed', 'This address is already subscribed.');
    db.subscribers.add(email);
    return HttpResponse.json({ email, status: 'subscribed' }, { status: 201 });
  }),
];
