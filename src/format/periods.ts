/** Headings and breaks of the vertical timeline as readers read them (Intl). */
import type { DurationUnit, PeriodUnit } from '../layout/periods.js';
import { dateTimeFormat } from './dates.js';

const PERIOD_OPTIONS: Record<PeriodUnit, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/** "July 2019", "9 July 2019" or "2019": a period on the story's wall clock (formatted as UTC). */
export function periodLabel(wall: number, unit: PeriodUnit, locale: string | undefined): string {
  return dateTimeFormat(locale, { ...PERIOD_OPTIONS[unit], timeZone: 'UTC' }).format(wall);
}

const durationFormats = new Map<string, Intl.NumberFormat>();

/** "5 months", "1 year": a span of time in the reader's language. */
export function durationLabel(
  { count, unit }: { count: number; unit: DurationUnit },
  locale: string | undefined,
): string {
  const key = `${locale ?? ''}|${unit}`;
  let format = durationFormats.get(key);
  if (!format)
    durationFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' })));
  return format.format(count);
}
