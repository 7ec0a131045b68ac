/** The block names the pinned @wordpress/block-library release has a front-end stylesheet for. */
export function blockLibraryNames(): string[];
/** The unpacked `build-style/` folder of the pinned release, fetched on first use. */
export function blockLibraryStyles(): string;
export const blockLibrary: { name: string; version: string; integrity: string };
