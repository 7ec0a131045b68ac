import { useMutation } from '@tanstack/react-query';
import { readingMinutes } from '@/lib/reading-time';
import { isWrongPassword, fetchProtectedContent, type ProtectedKind } from './unlock';
import { keepSessionPassword } from './session-passwords';

/** A password-protected article once its password is known: the text, and what follows from it. */
export interface UnlockedArticle {
  password: string;
  contentHtml: string;
  readingMinutes: number;
}

/**
 * Asks WordPress for a protected article's text with the password the reader
 * gave. A password that opened it is kept for the tab's session; one WordPress
 * calls wrong is forgotten (the editor may have changed it).
 */
export function useUnlockArticle(postId: number, onUnlock: (unlocked: UnlockedArticle) => void, kind: ProtectedKind = 'posts') {
  return useMutation({
    mutationFn: (password: string) => fetchProtectedContent(postId, password, kind),
    onSuccess: (contentHtml, password) => {
      keepSessionPassword(postId, password);
      onUnlock({ password, contentHtml, readingMinutes: readingMinutes(contentHtml) });
    },
    onError: (error) => {
      if (isWrongPassword(error)) keepSessionPassword(postId, null);
    },
  });
}
