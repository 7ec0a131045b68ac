import * as v from 'valibot';
import type { ApiError } from '@/lib/api-error';
import { requestJson } from '@/lib/http';
import { wpUrl } from '@/lib/wordpress';

/** Where WordPress serves a protected item: a post, or a page (the same password check, WP_REST_Posts_Controller). */
export type ProtectedKind = 'posts' | 'pages';

/** A password-protected post's or page's text: WordPress gives it for `?password=` on the single item. */
export async function fetchProtectedContent(postId: number, password: string, kind: ProtectedKind = 'posts'): Promise<string> {
  const { data } = await requestJson(wpUrl(`/${kind}/${postId}`), {
    schema: v.object({ content: v.object({ rendered: v.string() }) }),
    query: { password, _fields: 'content' },
  });
  return data.content.rendered;
}

/** WordPress's 403 for a wrong post password. */
export function isWrongPassword(error: ApiError | null): boolean {
  return error?.code === 'rest_post_incorrect_password';
}
