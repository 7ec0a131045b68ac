import * as v from 'valibot';
import type { ApiError } from '@/lib/api-error';
import { requestJson } from '@/lib/http';
import { wpUrl } from '@/lib/wordpress';

/** A password-protected post's text: WordPress gives it for `?password=` on the single post. */
export async function fetchProtectedContent(postId: number, password: string): Promise<string> {
  const { data } = await requestJson(wpUrl(`/posts/${postId}`), {
    schema: v.object({ content: v.object({ rendered: v.string() }) }),
    query: { password, _fields: 'content' },
  });
  return data.content.rendered;
}

/** WordPress's 403 for a wrong post password. */
export function isWrongPassword(error: ApiError | null): boolean {
  return error?.code === 'rest_post_incorrect_password';
}
