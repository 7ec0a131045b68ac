import type { PictureName } from './media';
import type { Random } from './random';

/** One seeded article's facts; the prose is written from them by `writeBody`. */
export interface Topic {
  /** WordPress-rendered title HTML (entities as WordPress writes them). */
  title: string;
  slug: string;
  /** Site-local publication time. */
  date: string;
  category: number;
  tags: number[];
  picture: PictureName | null;
  brand: string;
  place: string;
  subject: string;
  kind?: 'long' | 'table' | 'list' | 'quote';
  commentsClosed?: boolean;
  /** A post password: WordPress then withholds the text and the comments until it is given. */
  password?: string;
}

const t = (
  date: string,
  title: string,
  category: number,
  tags: number[],
  picture: PictureName | null,
  brand: string,
  place: string,
  subject: string,
  extra: Partial<Topic> = {},
): Topic => ({
  date,
  title,
  slug: title
    .replace(/&#8217;|&#8216;/g, '')
    .replace(/&[#a-z0-9]+;/gi, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''),
  category,
  tags,
  picture,
  brand,
  place,
  subject,
  ...extra,
});

/** Newest first. Only four are newer than the reference article, so it is on the first page. */
export const topics: Topic[] = [
  t('2023-11-14T09:20:00', 'SeaMac Opens a 24-Hour Marine Service Desk in Singapore', 3, [21, 24], 'harbour-cranes', 'SeaMac', 'Singapore', 'round-the-clock support for vessels calling at the port'),
  t('2023-10-02T15:05:00', '&#8220;Zero Unplanned Downtime&#8221;: Inside a Year-Long Generator Service Contract', 6, [22, 24, 29], 'generator-yard', 'SINOGEN', 'Jakarta', 'a data centre’s standby power', { kind: 'quote' }),
  t('2023-08-21T11:40:00', 'PumpMac &amp; ConeMac Share One Workshop in Ho Chi Minh City', 3, [25], null, 'PumpMac', 'Ho Chi Minh City', 'a shared repair workshop for pumps and crushers'),
  t('2023-07-18T10:00:00', 'What Chip Supply Rules Mean for Industrial Spare Parts', 4, [20, 27], 'parts-warehouse', 'PartMac', 'Shenzhen', 'the lead times of electronic control units', { kind: 'list' }),
  // The reference article (2023-07-05) sits here.
  t('2023-06-27T08:30:00', 'DuraMac Technicians Rebuild a Mining Truck Engine in Nine Days', 6, [26, 24], 'workshop-floor', 'DuraMac', 'Ulaanbaatar', 'an engine rebuild far from any factory'),
  t('2023-06-12T14:15:00', 'Meet Us at the Marine Expo in Shanghai', 2, [23, 21], 'expo-booth', 'SeaMac', 'Shanghai', 'our stand at the marine exhibition', { password: 'expo2023' }),
  t('2023-05-30T09:00:00', 'A Field Guide to Pump Cavitation', 5, [25, 24], 'pump-station', 'PumpMac', 'Guangzhou', 'spotting cavitation before it wrecks an impeller', { kind: 'long' }),
  t('2023-05-16T16:45:00', 'Service Intervals Compared: Which Engines Need Attention First', 5, [24, 26], null, 'DuraMac', 'Guangzhou', 'service intervals across engine families', { kind: 'table' }),
  t('2023-05-03T10:10:00', 'ConeMac Crews Restart a Quarry After a Crusher Failure', 6, [24], 'workshop-floor', 'ConeMac', 'Perth', 'a cone crusher back in service within a weekend'),
  t('2023-04-19T13:00:00', 'New Training Centre Welcomes Its First Apprentices', 3, [28], 'training-room', 'EMAC', 'Guangzhou', 'a training centre for young technicians'),
  t('2023-04-04T09:45:00', 'Offshore Wind Farms Turn to Local Service Partners', 4, [29, 21], 'wind-coast', 'SeaMac', 'Rotterdam', 'maintenance for offshore wind support vessels'),
  t('2023-03-22T11:30:00', 'SINOGEN Launches a Remote Monitoring Kit for Generator Sets', 5, [22, 29], 'generator-yard', 'SINOGEN', 'Guangzhou', 'remote monitoring of generator sets'),
  t('2023-03-08T15:20:00', 'Onsite at the Port of Santos: Two Engines, One Weekend', 2, [21, 24], 'engine-room', 'SeaMac', 'Santos', 'two main engines serviced between voyages'),
  t('2023-02-21T10:05:00', 'Why Shipping Lines Are Rethinking Spare Parts Stocks', 4, [27, 21], null, 'PartMac', 'Hamburg', 'spare parts stocking strategies'),
  t('2023-02-07T09:15:00', 'PartMac&#8217;s Regional Warehouse Cuts Delivery Times in Half', 3, [27], 'parts-warehouse', 'PartMac', 'Dubai', 'a regional parts warehouse'),
  t('2023-01-24T14:40:00', 'Lunar New Year Service Hours for All Teams', 3, [], null, 'EMAC', 'Guangzhou', 'holiday service hours', { commentsClosed: true }),
  t('2023-01-10T08:50:00', 'Emergency Pump Repair Keeps a City&#8217;s Water Flowing', 6, [25], 'pump-station', 'PumpMac', 'Manila', 'an emergency repair at a municipal water plant'),
  t('2022-12-15T10:30:00', 'Onsite in Busan: Commissioning Generators for a New Shipyard', 2, [22, 21], 'generator-yard', 'SINOGEN', 'Busan', 'commissioning generators for a shipyard'),
  t('2022-12-01T16:00:00', 'Energy Prices and the Case for Efficient Pumps', 4, [25, 29], null, 'PumpMac', 'Berlin', 'the energy cost of pumping'),
  t('2022-11-17T09:10:00', 'DuraMac Introduces Rebuilt Engine Programme for Fleets', 5, [26], 'workshop-floor', 'DuraMac', 'Guangzhou', 'factory-rebuilt engines for truck fleets'),
  t('2022-11-03T13:25:00', 'Team Report from the Power Generation Fair in Dubai', 2, [23, 22], 'expo-booth', 'SINOGEN', 'Dubai', 'a week at a power generation fair'),
  t('2022-10-20T11:00:00', 'How We Train Field Engineers for Remote Sites', 6, [28, 24], 'training-room', 'EMAC', 'Guangzhou', 'preparing engineers for remote assignments'),
  t('2022-10-06T09:35:00', 'Marine Emission Rules: A Plain-Language Summary', 4, [21], null, 'SeaMac', 'London', 'new marine emission rules'),
  t('2022-09-22T15:50:00', 'ConeMac Wear Parts Now Ship from Three Continents', 5, [27], 'parts-warehouse', 'ConeMac', 'Johannesburg', 'wear parts shipping from regional hubs'),
  t('2022-09-08T10:20:00', 'Onsite in Chittagong: Reviving a Ferry&#8217;s Main Engine', 2, [21, 24], 'engine-room', 'SeaMac', 'Chittagong', 'a ferry engine overhaul'),
  t('2022-08-25T08:45:00', 'Group Results: Service Revenue Grows for a Third Year', 3, [], null, 'EMAC', 'Guangzhou', 'the group’s service business', { kind: 'table' }),
  t('2022-08-11T14:05:00', 'Semiconductor Shortages Reach the Engine Room', 4, [20, 21, 27], null, 'SeaMac', 'Taipei', 'electronic governors in short supply'),
  t('2022-07-28T09:55:00', 'A Day with the Generator Rental Team', 6, [22], 'generator-yard', 'SINOGEN', 'Kuala Lumpur', 'a day of generator rentals'),
  t('2022-07-14T12:30:00', 'Onsite in Lagos: Pumps for a Growing Port', 2, [25, 21], 'pump-station', 'PumpMac', 'Lagos', 'ballast and fire pumps for a port expansion'),
  t('2022-06-30T10:40:00', 'PartMac Online Catalogue Adds 12,000 Part Numbers', 5, [27], null, 'PartMac', 'Guangzhou', 'the online parts catalogue'),
  t('2022-06-16T16:20:00', 'Hot Weather Checklist for Standby Generators', 5, [22, 24], null, 'SINOGEN', 'Guangzhou', 'running generators in a heatwave', { kind: 'list' }),
  t('2022-06-02T09:05:00', 'Welcome to Our New Sales Director', 3, [], null, 'EMAC', 'Guangzhou', 'a new sales director', { commentsClosed: true }),
  t('2022-05-19T13:45:00', 'Onsite in Fujairah: Bunker Barge Engine Overhaul', 2, [21, 24], 'engine-room', 'SeaMac', 'Fujairah', 'an overhaul on a bunker barge'),
  t('2022-05-05T11:15:00', 'Automotive Aftermarket Trends to Watch', 4, [26], null, 'DuraMac', 'Detroit', 'the automotive aftermarket'),
  t('2022-04-21T08:25:00', 'ConeMac at the Mining Equipment Show', 2, [23], 'expo-booth', 'ConeMac', 'Las Vegas', 'our crusher range at a mining show'),
  t('2022-04-07T15:35:00', 'How a Pump Overhaul Is Done, Step by Step', 6, [25, 24, 28], 'pump-station', 'PumpMac', 'Guangzhou', 'the steps of a pump overhaul', { kind: 'list' }),
  t('2022-03-24T10:50:00', 'DuraMac Expands Its Injector Test Bench Capacity', 5, [26], 'workshop-floor', 'DuraMac', 'Guangzhou', 'injector testing capacity'),
  t('2022-03-10T09:40:00', 'Onsite in Colombo: Harbour Tug Generator Swap', 2, [22, 21], 'harbour-cranes', 'SINOGEN', 'Colombo', 'a generator swap on a harbour tug'),
  t('2022-02-24T14:55:00', 'Shipping Rates, Steel Prices and the Cost of Repairs', 4, [27], null, 'EMAC', 'Singapore', 'what drives repair costs'),
  t('2022-02-10T11:05:00', 'Service Story: The Night the Dock Pumps Stopped', 6, [25], null, 'PumpMac', 'Haiphong', 'a night-time dock pump failure'),
  t('2022-01-27T09:30:00', 'SeaMac Adds Two Service Engineers in Rotterdam', 3, [21], 'harbour-cranes', 'SeaMac', 'Rotterdam', 'a larger team in Rotterdam'),
  t('2022-01-13T13:10:00', 'Wind, Diesel and Batteries: Hybrid Power on Remote Sites', 4, [29, 22], 'wind-coast', 'SINOGEN', 'Darwin', 'hybrid power systems'),
  t('2022-01-06T10:00:00', 'Onsite in Durban: Refit Season Begins', 2, [21, 24], 'engine-room', 'SeaMac', 'Durban', 'the start of the refit season'),
  t('2022-01-03T08:15:00', 'A New Year Message from Our Service Teams', 3, [28], 'training-room', 'EMAC', 'Guangzhou', 'the year ahead for our service teams'),
];

const openers = [
  (topic: Topic) => `Our ${topic.brand} team in ${topic.place} has spent the past weeks on ${topic.subject}, and the results are worth sharing.`,
  (topic: Topic) => `When customers in ${topic.place} asked about ${topic.subject}, the ${topic.brand} engineers had an answer ready.`,
  (topic: Topic) => `This month’s story comes from ${topic.place}, where ${topic.brand} specialists focused on ${topic.subject}.`,
];

const middles = [
  'The work began with a careful survey of the equipment, its service history and the conditions it runs in.',
  'Every decision was checked against the manufacturer’s limits and the operator’s own schedule.',
  'Spare parts were staged before the first bolt was loosened, so no hour was lost waiting for a delivery.',
  'Our engineers worked in two shifts, handing over with written notes and photographs at every change.',
  'Measurements taken before and after the job show clearer readings across temperature, pressure and vibration.',
  'The operator’s own crew joined the work, and several of them now carry out the routine checks themselves.',
  'Where a part could be reconditioned rather than replaced, the team chose to recondition it and saved weeks.',
  'Logistics were the hardest part: customs paperwork, port access and weather windows all had to line up.',
  'A short report with findings and recommendations went to the customer the same day the job was closed.',
  'Lessons from the job have already been added to our service checklists for similar installations.',
  'Safety came first throughout, with permits, lock-out procedures and a daily briefing on site.',
  'Remote support from the head office helped the team compare readings with hundreds of earlier jobs.',
];

const closers = [
  (topic: Topic) => `If you run similar equipment, the ${topic.brand} desk is happy to talk through your own plans.`,
  () => 'We will report back on how the equipment performs over the coming months.',
  (topic: Topic) => `Thanks to everyone in ${topic.place} who made the work possible.`,
];

const headings = ['What we found', 'How the work was done', 'The results', 'What comes next'];

/** Prose for a topic: a few paragraphs, with headings, a list, a quote or a table by kind. */
export function writeBody(topic: Topic, random: Random, links: { internal: string }): string {
  const paragraphs = topic.kind === 'long' ? 28 : random.int(3, 7);
  const parts: string[] = [`<p>${random.pick(openers)(topic)}</p>`];
  for (let index = 1; index < paragraphs - 1; index += 1) {
    if (paragraphs > 5 && index % 4 === 1) parts.push(`<h2 class="wp-block-heading">${headings[(index >> 2) % headings.length]}</h2>`);
    const sentences = [random.pick(middles), random.pick(middles), random.pick(middles)].filter((s, i, all) => all.indexOf(s) === i);
    parts.push(`<p>${sentences.join(' ')}</p>`);
    if (index === 2 && topic.kind === 'list') {
      parts.push(
        '<ul class="wp-block-list"><li>Check fluid levels and look for leaks before every start.</li><li>Record running hours, temperatures and pressures.</li><li>Replace filters on schedule, not when they fail.</li><li>Keep a short list of critical spares on site.</li></ul>',
      );
    }
    if (index === 2 && topic.kind === 'quote') {
      parts.push(
        '<blockquote class="wp-block-quote"><p>We stopped thinking of service as a cost and started treating it as insurance that pays out every single day.</p><cite>Operations manager, customer site</cite></blockquote>',
      );
    }
    if (index === 2 && topic.kind === 'table') {
      parts.push(
        '<figure class="wp-block-table"><table><thead><tr><th>Equipment</th><th>Routine check</th><th>Major service</th></tr></thead><tbody><tr><td>Marine main engine</td><td>500 hours</td><td>12,000 hours</td></tr><tr><td>Generator set</td><td>250 hours</td><td>8,000 hours</td></tr><tr><td>Centrifugal pump</td><td>1,000 hours</td><td>16,000 hours</td></tr><tr><td>Truck engine</td><td>30,000 km</td><td>500,000 km</td></tr></tbody></table><figcaption class="wp-element-caption">Typical intervals; always follow the maker’s manual.</figcaption></figure>',
      );
    }
  }
  if (random.chance(0.35)) {
    parts.push(`<p>For background, read <a href="${links.internal}">our earlier report</a>, or see the <a href="https://example.com/industry-guidelines">industry guidelines</a>.</p>`);
  }
  parts.push(`<p>${random.pick(closers)(topic)}</p>`);
  return parts.join('\n\n');
}
