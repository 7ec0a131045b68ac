import { useMutation } from '@tanstack/react-query';
import { readingMinutes } from '@/lib/reading-time';
import { fetchProtectedContent } from './unlock';

/** A password-protected article once its password is known: the text, and what follows from it. */
export interface UnlockedArticle {
  password: string;
  contentHtml: string;
  readingMinutes: number;
}

/** Asks WordPress for a protected article's text with the password the reader gave. */
export function useUnlockArticle(postId: number, onUnlock: (unlocked: UnlockedArticle) => void) {
  return useMutation({
    mutationFn: (password: string) => fetchProtectedContent(postId, password),
    onSuccess: (contentHtml, password) => onUnlock({ password, contentHtml, readingMinutes: readingMinutes(contentHtml) }),
  });
}
