/** Text made safe inside SVG or HTML markup, attribute values included: the five special characters as numeric references. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
