import type { DbTerm } from '../db';

export const categories: DbTerm[] = [
  { id: 2, name: 'Global Onsite Activity', slug: 'global-onsite-activity', description: 'Our engineers and partners on site around the world.', parent: 0 },
  { id: 3, name: 'Company News', slug: 'company-news', description: 'Announcements from the group and its brands.', parent: 0 },
  { id: 4, name: 'Industry News', slug: 'industry-news', description: 'What is moving in shipping, energy and manufacturing.', parent: 0 },
  { id: 5, name: 'Product Updates', slug: 'product-updates', description: 'New parts, service kits and equipment from our brands.', parent: 0 },
  { id: 6, name: 'Service Stories', slug: 'service-stories', description: 'Repairs, overhauls and rescues, told by the crews who did them.', parent: 0 },
];

export const tags: DbTerm[] = [
  { id: 20, name: 'Semiconductors', slug: 'semiconductors', description: '', parent: 0 },
  { id: 21, name: 'Marine', slug: 'marine', description: '', parent: 0 },
  { id: 22, name: 'Generators', slug: 'generators', description: '', parent: 0 },
  { id: 23, name: 'Exhibitions', slug: 'exhibitions', description: '', parent: 0 },
  { id: 24, name: 'Maintenance', slug: 'maintenance', description: '', parent: 0 },
  { id: 25, name: 'Pumps', slug: 'pumps', description: '', parent: 0 },
  { id: 26, name: 'Automotive', slug: 'automotive', description: '', parent: 0 },
  { id: 27, name: 'Supply chain', slug: 'supply-chain', description: '', parent: 0 },
  { id: 28, name: 'Training', slug: 'training', description: '', parent: 0 },
  { id: 29, name: 'Energy & Power', slug: 'energy-power', description: '', parent: 0 },
];
