import type { DbMedia, DbMediaSize } from '../db';
import { referenceCaption, referenceImageAlt } from './reference-article';

/** Our own generated pictures (scripts/generate-media.mjs), in the sizes WordPress makes of an upload. */
const pictures = [
  { name: 'summit-hall', alt: 'Tall columns in a conference hall', caption: 'The summit venue.' },
  { name: 'harbour-cranes', alt: 'Cranes over a container harbour at dusk', caption: 'The container terminal at first light.' },
  { name: 'engine-room', alt: 'Pipes and valves in a ship’s engine room', caption: 'Inside the engine room after the overhaul.' },
  { name: 'generator-yard', alt: 'A row of diesel generator sets in a yard', caption: 'Standby generator sets ready for dispatch.' },
  { name: 'pump-station', alt: 'Blue centrifugal pumps in a pump station', caption: 'The refurbished pump station.' },
  { name: 'workshop-floor', alt: 'A bright workshop floor with engine blocks on stands', caption: 'Engine blocks waiting for inspection.' },
  { name: 'expo-booth', alt: 'A busy exhibition booth with visitors', caption: 'Visitors at our exhibition stand.' },
  { name: 'parts-warehouse', alt: 'Shelves of boxed spare parts in a warehouse', caption: 'The regional parts warehouse.' },
  { name: 'wind-coast', alt: 'Wind turbines along a coastline', caption: 'Coastal wind farm served by our crews.' },
  { name: 'training-room', alt: 'Technicians in a training session around an engine', caption: 'Hands-on training for new technicians.' },
  { name: 'speaker-portrait', alt: referenceImageAlt, caption: referenceCaption },
] as const;

export type PictureName = (typeof pictures)[number]['name'];

const sizeSpecs = [
  ['thumbnail', 150, 150, '-150x150'],
  ['medium', 300, 169, '-300'],
  ['medium_large', 768, 432, '-768'],
  ['large', 1024, 576, '-1024'],
] as const;

export function createMedia(): DbMedia[] {
  return pictures.map((picture, index) => {
    const sizes: Record<string, DbMediaSize> = {};
    for (const [label, width, height, suffix] of sizeSpecs) {
      sizes[label] = {
        file: `${picture.name}${suffix}.jpg`,
        width,
        height,
        mime_type: 'image/jpeg',
        source_url: `/media/${picture.name}${suffix}.jpg`,
      };
    }
    sizes.full = { file: `${picture.name}.jpg`, width: 1600, height: 900, mime_type: 'image/jpeg', source_url: `/media/${picture.name}.jpg` };
    return {
      id: 500 + index,
      date: `2022-01-${String(10 + index).padStart(2, '0')}T09:00:00`,
      slug: picture.name,
      caption: `<p>${picture.caption}</p>\n`,
      alt_text: picture.alt,
      mime_type: 'image/jpeg',
      source_url: `/media/${picture.name}.jpg`,
      width: 1600,
      height: 900,
      sizes,
    };
  });
}

export function mediaId(name: PictureName): number {
  return 500 + pictures.findIndex((picture) => picture.name === name);
}

export const pictureNames: readonly PictureName[] = pictures.map((picture) => picture.name);
