import { http, HttpResponse } from 'msw';
import { db } from '../db';
import { serializeMedia, serializeUser } from './serializers';
import { wp } from './paths';
import { wpError } from './wp-response';

export const mediaAndUserHandlers = [
  http.get(wp('/wp/v2/media/:id'), ({ request, params }) => {
    const media = db.media.find((m) => String(m.id) === params.id);
    if (!media) return wpError(404, 'rest_post_invalid_id', 'Invalid post ID.');
    return HttpResponse.json(serializeMedia(media, new URL(request.url).origin));
  }),
  http.get(wp('/wp/v2/users/:id'), ({ request, params }) => {
    const user = db.users.find((u) => String(u.id) === params.id);
    if (!user) return wpError(404, 'rest_user_invalid_id', 'Invalid user ID.');
    return HttpResponse.json(serializeUser(user, new URL(request.url).origin));
  }),
];
