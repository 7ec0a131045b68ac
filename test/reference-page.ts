/** What the reference page (shared/seed/reference-page.txt) shows, as the tests check it. */
export const referenceTitle = 'EU, Japan Team up to Advance Semiconductors, Cybersecurity and Undersea Cables';
export const referenceSlug = 'eu-japan-team-up-to-advance-semiconductors-cybersecurity-and-undersea-cables';

/** The contact list under "Sales Team", in the page's order. */
export const contactTeams = [
  'Marine Service - SeaMac',
  'Automotive Service - DuraMac',
  'Industrial Service - ConeMac',
  'Generator Service - SINOGEN',
  'Pump Service - PumpMac',
  'Parts Service - PartMac',
  'Sales Manager - Mrs. Wendy Fu',
  'Sales Director - Mr. Jasper Lee',
  'Shipping Service',
] as const;
