const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe inside an XML element or attribute. */
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => xmlEntities[char]!);
