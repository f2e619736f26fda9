/**
 * Interface text as data: a language pack maps each key to a message, a string with named
 * placeholders ("{count} later events"), or, where a number changes the words, one message per
 * plural category of the language (`Intl.PluralRules`: zero, one, two, few, many, other), with
 * `=N` for an exact number. The number that chooses is always `{count}`.
 */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule | `=${number}`, string>>;
export type Message = string | PluralMessage;
export type Pack = Readonly<Record<string, Message>>;
export type MessageValues = Readonly<Record<string, string | number>>;

const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, lang: string, make: () => T): T {
  let made = cache.get(lang);
  if (!made) cache.set(lang, (made = make()));
  return made;
}

/** A number as the language writes it ("4,992"); without a language, as the browser's does. */
export function formatNumber(value: number, lang: string | undefined): string {
  return cached(numbers, lang ?? '', () => new Intl.NumberFormat(lang)).format(value);
}

/**
 * A message with its placeholders filled: numbers as the language writes them, a plural message's
 * variant chosen by `{count}` (an exact `=N` first, then its category, then `other`). A placeholder
 * with no value is left as written.
 */
export function formatMessage(message: Message, values: MessageValues, lang: string): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(values.count);
    const category = cached(plurals, lang, () => new Intl.PluralRules(lang)).select(count);
    text = message[`=${count}`] ?? message[category] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (typeof value === 'number') return formatNumber(value, lang);
    return value ?? placeholder;
  });
}

/** The placeholders a message uses, in every variant, sorted. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [
    ...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))),
  ].sort();
}
