import type { DbPost } from '../db';
import { mediaId, type PictureName } from './media';

/**
 * Posts written in the block editor, as it saves them (block comments and
 * all): columns, a gallery, a cover, media & text, buttons, floats, wide and
 * centred images, palette and custom colours, font sizes, a spacer, a
 * pullquote, a drop cap, a wide table, code, embeds, audio,
 * video and a file; and a post whose words and address are too long for a
 * phone. WordPress's REST API strips the block comments from `content.rendered`
 * (the mock does too, handlers/serializers.ts) and adds the layout classes its
 * layout support gives flex containers (`is-layout-flex`), written here as the
 * rendered HTML has them; `npm run test:wordpress` loads
 * the same markup into a real WordPress, which renders the blocks itself.
 * On the last page of the list, like the other special posts.
 */
export function blockPosts(toGmt: (local: string) => string): DbPost[] {
  const post = (id: number, date: string, slug: string, title: string, content: string, excerpt: string, picture: PictureName | null, author = 1): DbPost => ({
    id,
    date,
    date_gmt: toGmt(date),
    modified: date,
    modified_gmt: toGmt(date),
    slug,
    status: 'publish',
    password: '',
    title,
    content,
    excerpt: `<p>${excerpt}</p>\n`,
    author,
    featured_media: picture ? mediaId(picture) : 0,
    comment_status: 'open',
    sticky: false,
    categories: [2],
    tags: [],
  });
  return [
    post(
      1180,
      '2021-11-28T10:00:00',
      'rotterdam-workshop-block-by-block',
      'Inside the <em>Rotterdam</em> Workshop: Pumps, Parts &amp;amp; H<sub>2</sub>O',
      blockTour,
      'A walk through the new Rotterdam workshop: the bays, the parts store, the team and how to book a visit.',
      'workshop-floor',
    ),
    post(
      1181,
      '2021-11-25T10:00:00',
      'hydraulikpumpenwartungsintervallverlaengerungsvereinbarung',
      'Hydraulikpumpenwartungsintervallverlängerungsvereinbarungsunterzeichnungszeremonie',
      longWords,
      'The German partners signed the pump maintenance interval extension agreement.',
      null,
      3,
    ),
  ];
}

const image = (name: PictureName, alt: string) => `<img src="/media/${name}-1024.jpg" alt="${alt}" class="wp-image-${mediaId(name)}"/>`;

const galleryImage = (name: PictureName, alt: string) =>
  `<!-- wp:image {"id":${mediaId(name)},"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large">${image(name, alt)}</figure>
<!-- /wp:image -->`;

const blockTour = `<!-- wp:paragraph {"dropCap":true} -->
<p class="has-drop-cap">Our new workshop in Rotterdam opened its doors this month. Six service bays, a parts store and a training room sit under one roof beside the harbour, a short drive from the container terminals our crews serve every day.</p>
<!-- /wp:paragraph -->

<!-- wp:cover {"url":"/media/harbour-cranes-1024.jpg","id":${mediaId('harbour-cranes')},"dimRatio":50,"overlayColor":"black","minHeight":360,"isDark":true} -->
<div class="wp-block-cover is-dark" style="min-height:360px"><span aria-hidden="true" class="wp-block-cover__background has-black-background-color has-background-dim"></span><img class="wp-block-cover__image-background wp-image-${mediaId('harbour-cranes')}" alt="" src="/media/harbour-cranes-1024.jpg" data-object-fit="cover"/><div class="wp-block-cover__inner-container"><!-- wp:paragraph {"align":"center","fontSize":"large"} -->
<p class="has-text-align-center has-large-font-size">Six bays, one roof, next to the harbour</p>
<!-- /wp:paragraph --></div></div>
<!-- /wp:cover -->

<!-- wp:heading -->
<h2 class="wp-block-heading">The bays</h2>
<!-- /wp:heading -->

<!-- wp:columns -->
<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex"><!-- wp:column -->
<div class="wp-block-column"><!-- wp:paragraph -->
<p><strong>Bays 1 and 2</strong> take engines up to 12 tonnes, with an overhead crane and a clean room for fuel injection work.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column -->

<!-- wp:column -->
<div class="wp-block-column"><!-- wp:paragraph -->
<p><strong>Bays 3 and 4</strong> are for pumps and compressors, with a test rig that runs a pump at full load before it leaves.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column -->

<!-- wp:column -->
<div class="wp-block-column"><!-- wp:paragraph -->
<p><strong>Bays 5 and 6</strong> handle generator sets, from overhaul to load bank testing, day and night.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:image {"id":${mediaId('pump-station')},"sizeSlug":"medium","linkDestination":"none","align":"left"} -->
<figure class="wp-block-image alignleft size-medium"><img src="/media/pump-station-300.jpg" alt="Blue centrifugal pumps in a pump station" class="wp-image-${mediaId('pump-station')}"/><figcaption class="wp-element-caption">The pump test rig.</figcaption></figure>
<!-- /wp:image -->

<!-- wp:paragraph -->
<p>Every pump that leaves the workshop has run on the test rig first: flow, head and vibration are logged against the maker’s curve, and the customer gets the sheet with the invoice. A pump that falls short goes back to the bench, not to the ship.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>The rig takes pumps from 5 to 400 cubic metres an hour and runs them on fresh or salt water, so a cargo pump and a cooling water pump are tested as they will work.</p>
<!-- /wp:paragraph -->

<!-- wp:image {"id":${mediaId('generator-yard')},"sizeSlug":"medium","linkDestination":"none","align":"right"} -->
<figure class="wp-block-image alignright size-medium"><img src="/media/generator-yard-300.jpg" alt="A row of diesel generator sets in a yard" class="wp-image-${mediaId('generator-yard')}"/></figure>
<!-- /wp:image -->

<!-- wp:paragraph {"backgroundColor":"pale-cyan-blue"} -->
<p class="has-pale-cyan-blue-background-color has-background">Generator sets are tested on a load bank in the yard behind the workshop, at 25, 50, 75 and 100 per cent of their rating, for four hours before they are handed over.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"textColor":"vivid-red"} -->
<p class="has-vivid-red-color has-text-color">Please note: the yard is closed to visitors while a load test is running.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"color":{"text":"#0b6e4f"}}} -->
<p class="has-text-color" style="color:#0b6e4f">Our crews have logged 1,200 hours without a lost-time injury since the workshop opened.</p>
<!-- /wp:paragraph -->

<!-- wp:spacer {"height":"60px"} -->
<div style="height:60px" aria-hidden="true" class="wp-block-spacer"></div>
<!-- /wp:spacer -->

<!-- wp:heading -->
<h2 class="wp-block-heading">The parts store</h2>
<!-- /wp:heading -->

<!-- wp:gallery {"linkTo":"none"} -->
<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-is-layout-flex is-layout-flex">${galleryImage('parts-warehouse', 'Shelves of boxed spare parts in a warehouse')}

${galleryImage('engine-room', 'Pipes and valves in a ship’s engine room')}

${galleryImage('expo-booth', 'A busy exhibition booth with visitors')}

${galleryImage('training-room', 'Technicians in a training session around an engine')}

${galleryImage('wind-coast', 'Wind turbines along a coastline')}

${galleryImage('summit-hall', 'Tall columns in a conference hall')}</figure>
<!-- /wp:gallery -->

<!-- wp:media-text {"mediaId":${mediaId('engine-room')},"mediaType":"image"} -->
<div class="wp-block-media-text is-stacked-on-mobile"><figure class="wp-block-media-text__media">${image('engine-room', 'Pipes and valves in a ship’s engine room')}</figure><div class="wp-block-media-text__content"><!-- wp:paragraph {"fontSize":"medium"} -->
<p class="has-medium-font-size">Parts for the engines we service most are on the shelf: filters, seals, injectors and bearings for twelve makes, ready the same day.</p>
<!-- /wp:paragraph --></div></div>
<!-- /wp:media-text -->

<!-- wp:pullquote -->
<figure class="wp-block-pullquote"><blockquote><p>We wanted a workshop where a ship’s engineer can walk in and watch the work being done.</p><cite>Head of Service, Rotterdam</cite></blockquote></figure>
<!-- /wp:pullquote -->

<!-- wp:image {"id":${mediaId('workshop-floor')},"sizeSlug":"large","align":"wide"} -->
<figure class="wp-block-image alignwide size-large">${image('workshop-floor', 'A bright workshop floor with engine blocks on stands')}<figcaption class="wp-element-caption">The workshop floor on opening day.</figcaption></figure>
<!-- /wp:image -->

<!-- wp:heading -->
<h2 class="wp-block-heading">Opening hours</h2>
<!-- /wp:heading -->

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Service</th><th>Monday</th><th>Tuesday</th><th>Wednesday</th><th>Thursday</th><th>Friday</th><th>Saturday</th><th>Sunday</th></tr></thead><tbody><tr><td>Workshop</td><td>07:00–19:00</td><td>07:00–19:00</td><td>07:00–19:00</td><td>07:00–19:00</td><td>07:00–19:00</td><td>08:00–14:00</td><td>on call</td></tr><tr><td>Parts counter</td><td>07:30–17:00</td><td>07:30–17:00</td><td>07:30–17:00</td><td>07:30–17:00</td><td>07:30–17:00</td><td>closed</td><td>closed</td></tr></tbody></table><figcaption class="wp-element-caption">Times are local (CET).</figcaption></figure>
<!-- /wp:table -->

<!-- wp:paragraph {"align":"center","fontSize":"small"} -->
<p class="has-text-align-center has-small-font-size">Public holidays: on call only.</p>
<!-- /wp:paragraph -->

<!-- wp:code -->
<pre class="wp-block-code"><code>Booking reference format: RTM-2021-WS-000123 (quote it on every message about your job, so we find it at once)</code></pre>
<!-- /wp:code -->

<!-- wp:heading -->
<h2 class="wp-block-heading">See it for yourself</h2>
<!-- /wp:heading -->

<!-- wp:embed {"url":"https://www.youtube.com/watch?v=aqz-KE-bpKQ","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=aqz-KE-bpKQ
</div><figcaption class="wp-element-caption">A tour of the bays (video).</figcaption></figure>
<!-- /wp:embed -->

<!-- wp:embed {"url":"https://vimeo.com/76979871","type":"video","providerNameSlug":"vimeo","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->
<figure class="wp-block-embed is-type-video is-provider-vimeo wp-block-embed-vimeo wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
https://vimeo.com/76979871
</div></figure>
<!-- /wp:embed -->

<!-- wp:embed {"url":"https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk","type":"rich","providerNameSlug":"spotify"} -->
<figure class="wp-block-embed is-type-rich is-provider-spotify wp-block-embed-spotify"><div class="wp-block-embed__wrapper">
https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk
</div></figure>
<!-- /wp:embed -->

<!-- wp:audio -->
<figure class="wp-block-audio"><audio controls src="/media/workshop-tour.wav"></audio><figcaption class="wp-element-caption">The opening speech (audio).</figcaption></figure>
<!-- /wp:audio -->

<!-- wp:file {"href":"/media/workshop-floor.jpg"} -->
<div class="wp-block-file"><a href="/media/workshop-floor.jpg">Workshop floor plan (JPEG)</a><a href="/media/workshop-floor.jpg" class="wp-block-file__button wp-element-button" download>Download</a></div>
<!-- /wp:file -->

<!-- wp:buttons {"layout":{"type":"flex","justifyContent":"center"}} -->
<div class="wp-block-buttons is-content-justification-center is-layout-flex wp-block-buttons-is-layout-flex"><!-- wp:button -->
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://example.com/book-a-visit">Book a visit</a></div>
<!-- /wp:button -->

<!-- wp:button {"className":"is-style-outline"} -->
<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="https://example.com/contact">Contact the workshop</a></div>
<!-- /wp:button --></div>
<!-- /wp:buttons -->

<!-- wp:paragraph -->
<p>Follow the workshop:</p>
<!-- /wp:paragraph -->

<!-- wp:social-links {"openInNewTab":true,"className":"is-style-default"} -->
<ul class="wp-block-social-links is-style-default is-layout-flex wp-block-social-links-is-layout-flex"><!-- wp:social-link {"url":"https://www.linkedin.com/company/emac-service-example","service":"linkedin"} /-->

<!-- wp:social-link {"url":"https://www.youtube.com/@emac-service-example","service":"youtube"} /-->

<!-- wp:social-link {"url":"workshop@example.com","service":"mail","label":"Email the workshop"} /-->

<!-- wp:social-link {"url":"https://news.example.com/feed/","service":"feed"} /--></ul>
<!-- /wp:social-links -->

<!-- wp:separator -->
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<!-- /wp:separator -->`;

const longWords = `<!-- wp:paragraph -->
<p>Die Hydraulikpumpenwartungsintervallverlängerungsvereinbarungsunterzeichnungszeremonie fand in Hamburg statt. The agreement is filed at https://example.com/documents/agreements/2021/hydraulic-pump-maintenance-interval-extension-agreement-signed-copy-final-version.pdf for partners.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Its reference is <code>HYDRAULIKPUMPENWARTUNGSINTERVALLVERLAENGERUNGSVEREINBARUNG-2021-11-25-HAMBURG</code>, and its summary reads Pumpenwartungsintervallverlängerungsvereinbarungszusammenfassungsdokument.</p>
<!-- /wp:paragraph -->`;
