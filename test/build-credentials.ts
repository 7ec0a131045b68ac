import { mockBuildUser } from '../src/mocks/seed/site-pages';

/** The mock WordPress's Application Password for the build, which the mock itself keeps only hashed (src/mocks/seed/site-pages.ts). */
export const mockBuildCredentials = { user: mockBuildUser.user, password: 'abcd EFGH ijkl MNOP qrst UVWX' } as const;
