/** Writing plain text as HTML, and reading HTML's white space as plain text. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Plain text safe in HTML wherever text goes: element content, and attribute values in double
 * quotes, single quotes or none (TimelineJS3 reads its text fields as HTML, built we do not know how).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/**
 * Space as HTML collapses it: runs of ASCII white space read as one space, and the ends trimmed.
 * Within the text a no-break space is text, not white space: "« Non »" keeps its spaces.
 */
export const collapseSpace = (text: string) => text.replace(/[\t\n\f\r ]+/g, ' ').trim();
