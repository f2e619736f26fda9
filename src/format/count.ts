const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A cluster mark's text: "+N", with N written as the locale writes numbers ("+4,992"), as the
 * mark's spoken name writes it, so that what is seen is part of what is heard.
 */
export function moreCount(count: number, locale: string | undefined): string {
  const key = locale ?? '';
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale)));
  return `+${format.format(count)}`;
}
