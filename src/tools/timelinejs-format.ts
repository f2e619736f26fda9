/**
 * TimelineJS3's data, as its JSON format and its Google Sheets template (CSV) hold it. Only what
 * a converter reads or writes is typed; anything else is kept as unknown and reported.
 */
import { csvFormatRows, dsvFormat } from 'd3-dsv';

export interface TimelineJSDate {
  year?: string | number;
  month?: string | number;
  day?: string | number;
  hour?: string | number;
  minute?: string | number;
  second?: string | number;
  millisecond?: string | number;
  display_date?: string;
  format?: string;
}

export interface TimelineJSMedia {
  url?: string;
  caption?: string;
  credit?: string;
  thumbnail?: string;
  alt?: string;
  title?: string;
  link?: string;
}

export interface TimelineJSSlide {
  start_date?: TimelineJSDate;
  end_date?: TimelineJSDate;
  display_date?: string;
  text?: { headline?: string; text?: string };
  media?: TimelineJSMedia;
  group?: string;
  background?: { url?: string; color?: string; alt?: string };
  unique_id?: string;
  [other: string]: unknown;
}

export interface TimelineJSEra {
  start_date: TimelineJSDate;
  end_date: TimelineJSDate;
  text?: { headline?: string; text?: string };
}

export interface TimelineJSData {
  title?: TimelineJSSlide;
  events: TimelineJSSlide[];
  eras?: TimelineJSEra[];
  scale?: string;
}

/** A field's value as trimmed text; empty when absent. */
export const field = (value: string | number | undefined | null) =>
  value === undefined || value === null ? '' : String(value).trim();

/** The columns of TimelineJS3's spreadsheet template, in its order. */
export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
type Column = (typeof SHEET_COLUMNS)[number];
const KNOWN_COLUMNS: ReadonlySet<string> = new Set(SHEET_COLUMNS);

export interface SheetRead {
  readonly data: TimelineJSData;
  /** The spreadsheet row (1 is the header) of each slide and era, to name it in reports. */
  readonly rowOf: ReadonlyMap<object, number>;
  /** Columns the template does not have, and rows that are neither slides, titles nor eras. */
  readonly ignored: readonly string[];
  /**
   * The line of the file where a quoted cell opens and is never properly closed: the rows after
   * it would be misread, or lost into that cell. Undefined when every quoted cell is well formed.
   */
  readonly brokenQuoteLine?: number;
}

const DELIMITERS = [',', ';'] as const;

/**
 * The delimiter the header row is written with: a comma as Google Sheets writes, or a semicolon
 * as spreadsheets set to a language with decimal commas write. The one that reads more of the
 * template's columns, its quotes well formed; on a tie, the one used more outside quotes.
 */
function delimiterOf(text: string): (typeof DELIMITERS)[number] {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const unquoted = header.replace(/"(?:[^"]|"")*"/g, '');
  const scored = DELIMITERS.map((delimiter) => ({
    delimiter,
    columns:
      brokenQuoteLine(header, delimiter) === undefined
        ? (dsvFormat(delimiter)
            .parseRows(header)[0]
            ?.filter((name) => KNOWN_COLUMNS.has(name.trim())).length ?? 0)
        : -1,
    uses: unquoted.split(delimiter).length,
  }));
  // Stable: on a full tie the comma, first in DELIMITERS, stays first.
  scored.sort((a, b) => b.columns - a.columns || b.uses - a.uses);
  return scored[0]!.delimiter;
}

/**
 * The line where a quoted cell opens and does not end as a quoted cell must, with its closing
 * quote just before a delimiter, a line break or the end: a quote left open, or one inside the
 * cell written single instead of doubled. d3-dsv reads on regardless, into the rows after it.
 */
function brokenQuoteLine(text: string, delimiter: string): number | undefined {
  const endsCell = (char: string | undefined) =>
    char === undefined || char === delimiter || char === '\n' || char === '\r';
  let line = 1;
  let openedOn: number | undefined;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (openedOn !== undefined) {
      if (char === '"' && text[i + 1] === '"') i++;
      else if (char === '"') {
        if (!endsCell(text[i + 1])) return openedOn;
        openedOn = undefined;
        atCellStart = false;
      } else if (char === '\n') line++;
      continue;
    }
    if (char === '"' && atCellStart) openedOn = line;
    else {
      if (char === '\n') line++;
      atCellStart = endsCell(char);
    }
  }
  return openedOn;
}

const TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i;

/** `14:30`, `2:30 PM`, `06:45:56` -> hour, minute and second fields. */
function readTime(text: string): Pick<TimelineJSDate, 'hour' | 'minute' | 'second'> | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const [, h, minute, second, half] = match;
  let hour = Number(h);
  if (half && /^p/i.test(half) && hour < 12) hour += 12;
  if (half && /^a/i.test(half) && hour === 12) hour = 0;
  return { hour: String(hour), minute: minute ?? '', second: second ?? '' };
}

function dateOf(row: Partial<Record<Column, string>>, prefix: '' | 'End '): TimelineJSDate | undefined {
  const year = row[`${prefix}Year`]?.trim();
  if (!year) return undefined;
  const time = row[`${prefix}Time`]?.trim();
  const parts = time ? readTime(time) : undefined;
  return {
    year,
    month: row[`${prefix}Month`]?.trim() ?? '',
    day: row[`${prefix}Day`]?.trim() ?? '',
    ...(parts ?? (time ? { hour: time } : {})),
  };
}

/** Reads the spreadsheet template's CSV (as Google Sheets downloads it) into TimelineJS3's JSON shape. */
export function readSheet(csv: string): SheetRead {
  const unmarked = csv.replace(/^\uFEFF/, '');
  // Blank lines above the header are rows and lines all the same: counted, so that reports name the right ones.
  const blankLines = /^(?:[ \t]*\r?\n)*/.exec(unmarked)![0];
  const skipped = blankLines.split('\n').length - 1;
  const text = unmarked.slice(blankLines.length);
  const delimiter = delimiterOf(text);
  const [header = [], ...rows] = dsvFormat(delimiter).parseRows(text);
  const columns = header.map((name) => name.trim());
  const ignored = columns.filter((name) => name !== '' && !KNOWN_COLUMNS.has(name)).map((name) => `column "${name}"`);
  const data: TimelineJSData = { events: [] };
  const rowOf = new Map<object, number>();
  rows.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const row: Partial<Record<Column, string>> = {};
    columns.forEach((name, i) => {
      if (KNOWN_COLUMNS.has(name)) row[name as Column] = cells[i] ?? '';
    });
    const type = row.Type?.trim().toLowerCase() ?? '';
    const slide: TimelineJSSlide = {
      start_date: dateOf(row, ''),
      end_date: dateOf(row, 'End '),
      display_date: row['Display Date'] || undefined,
      text: { headline: row.Headline ?? '', text: row.Text ?? '' },
      media: {
        url: row.Media ?? '',
        credit: row['Media Credit'] ?? '',
        caption: row['Media Caption'] ?? '',
        thumbnail: row['Media Thumbnail'] ?? '',
      },
      group: row.Group ?? '',
      background: row.Background ? { url: row.Background } : undefined,
    };
    rowOf.set(slide, index + 2 + skipped);
    if (type === 'title') data.title = slide;
    else if (type === 'era' && slide.start_date && slide.end_date) {
      const era = { start_date: slide.start_date, end_date: slide.end_date, text: slide.text };
      rowOf.set(era, index + 2 + skipped);
      (data.eras ??= []).push(era);
    } else {
      if (type !== '' && type !== 'era')
        ignored.push(`row ${index + 2 + skipped}: type "${row.Type}" (read as an ordinary slide)`);
      data.events.push(slide);
    }
  });
  const broken = brokenQuoteLine(text, delimiter);
  return { data, rowOf, ignored, brokenQuoteLine: broken === undefined ? undefined : broken + skipped };
}

const cell = (value: string | number | undefined) => (value === undefined ? '' : String(value));

function timeCell(date: TimelineJSDate | undefined): string {
  if (!date || cell(date.hour) === '') return '';
  const pad = (value: string | number | undefined) => cell(value).padStart(2, '0');
  return `${pad(date.hour)}:${pad(cell(date.minute) || '0')}${cell(date.second) ? `:${pad(date.second)}` : ''}`;
}

/** Writes TimelineJS3's JSON shape as the spreadsheet template's CSV: the title row, era rows, then slides. */
export function writeSheet(data: TimelineJSData): string {
  const row = (slide: TimelineJSSlide, type: string): string[] => {
    const { start_date: start, end_date: end } = slide;
    const values: Record<Column, string> = {
      Year: cell(start?.year),
      Month: cell(start?.month),
      Day: cell(start?.day),
      Time: timeCell(start),
      'End Year': cell(end?.year),
      'End Month': cell(end?.month),
      'End Day': cell(end?.day),
      'End Time': timeCell(end),
      'Display Date': cell(slide.display_date),
      Headline: cell(slide.text?.headline),
      Text: cell(slide.text?.text),
      Media: cell(slide.media?.url),
      'Media Credit': cell(slide.media?.credit),
      'Media Caption': cell(slide.media?.caption),
      'Media Thumbnail': cell(slide.media?.thumbnail),
      Type: type,
      Group: cell(slide.group),
      Background: cell(slide.background?.url),
    };
    return SHEET_COLUMNS.map((name) => values[name]);
  };
  return csvFormatRows([
    [...SHEET_COLUMNS],
    ...(data.title ? [row(data.title, 'title')] : []),
    ...(data.eras ?? []).map((era) => row({ ...era }, 'era')),
    ...data.events.map((slide) => row(slide, '')),
  ]);
}
