/** The CSS of one block stylesheet (`common` or a block's name), or null when the site has none for that block. */
export type BlockCss = (name: string, rightToLeft: boolean) => Promise<string | null>;

export const blockStylesDir: string;
export function libraryBlockCss(): BlockCss;
export function wordpressBlockCss(apiUrl: string): BlockCss;
export function writeBlockStyles(outDir: string, cssFor: BlockCss): Promise<{ file: string; bytes: number; linked: boolean }[]>;
