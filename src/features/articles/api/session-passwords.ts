/**
 * The passwords of protected posts the reader unlocked, kept for this tab's
 * session only (sessionStorage: gone when the tab closes, never shared with
 * another tab, never in localStorage, the address or the build).
 */
export const sessionPasswordKey = (postId: number) => `emac-reader:post-password:${postId}`;

// WordPress's post_password column holds 255 characters; anything longer was not written by us.
const maxLength = 255;

export function sessionPassword(postId: number): string | null {
  try {
    const password = sessionStorage.getItem(sessionPasswordKey(postId));
    return password && password.length <= maxLength ? password : null;
  } catch {
    // Storage is off: the reader types the password again on the next visit.
    return null;
  }
}

/** Keeps the password that opened a post; null forgets it (WordPress no longer takes it). */
export function keepSessionPassword(postId: number, password: string | null): void {
  try {
    if (password === null || password.length > maxLength) sessionStorage.removeItem(sessionPasswordKey(postId));
    else sessionStorage.setItem(sessionPasswordKey(postId), password);
  } catch {
    // Not kept; the article is open all the same.
  }
}
