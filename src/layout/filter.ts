import type { Story, StoryEvent } from '../story/types.js';
import { eventTime } from './view.js';

/**
 * What a reader or the page chose to show: the ids of the categories whose events are shown and
 * of the people whose quotes are; a list left out shows all.
 */
export interface TimelineFilter {
  categories?: readonly string[] | undefined;
  speakers?: readonly string[] | undefined;
}

/**
 * The story as filtered: the events of the shown categories (numbered again in date order, so
 * positions and counts count what is shown), and the quotes of the shown speakers that are linked
 * to a shown event (each keeping only its shown events). Categories, people, sources and eras
 * stay. Without a filter that hides anything, the story itself.
 */
export function filterStory(story: Story, filter: TimelineFilter | undefined): Story {
  const categories = filter?.categories && new Set(filter.categories);
  const speakers = filter?.speakers && new Set(filter.speakers);
  const shownEvents = categories ? story.events.filter((event) => categories.has(event.categoryId)) : story.events;
  const eventIds = new Set(shownEvents.map((event) => event.id));
  const quotes = story.quotes.flatMap((quote) => {
    const linked = quote.eventIds.filter((id) => eventIds.has(id));
    if ((speakers && !speakers.has(quote.speakerId)) || linked.length === 0) return [];
    return [linked.length === quote.eventIds.length ? quote : { ...quote, eventIds: linked }];
  });
  if (shownEvents.length === story.events.length && quotes.length === story.quotes.length) return story;
  const quoteIds = new Set(quotes.map((quote) => quote.id));
  const events = shownEvents.map((event, index) => ({
    ...event,
    index,
    quoteIds: event.quoteIds.filter((id) => quoteIds.has(id)),
  }));
  return {
    ...story,
    events,
    eventById: new Map(events.map((event) => [event.id, event])),
    quotes,
    quoteById: new Map(quotes.map((quote) => [quote.id, quote])),
  };
}

/**
 * The shown event nearest in time to `event` (the earlier of two as near), for a selection that a
 * filter hid; undefined when nothing is shown.
 */
export function nearestShown(shown: Story, event: StoryEvent): StoryEvent | undefined {
  const time = eventTime(event);
  let nearest: StoryEvent | undefined;
  for (const candidate of shown.events) {
    if (!nearest || Math.abs(eventTime(candidate) - time) < Math.abs(eventTime(nearest) - time)) nearest = candidate;
  }
  return nearest;
}

/**
 * The event that stands for `selected` in the shown story: itself where shown, else the shown event
 * nearest to it; undefined when nothing is shown.
 */
export function shownSelection(shown: Story, selected: StoryEvent): StoryEvent | undefined {
  return shown.eventById.get(selected.id) ?? nearestShown(shown, selected);
}

/** The people quoted in the story, in the order they first speak. */
export function speakersOf(story: Story): string[] {
  return [...new Set(story.quotes.map((quote) => quote.speakerId))];
}

/** The filter with one id shown or hidden (`all` is every id there is to show). */
export function toggled(
  shown: readonly string[] | undefined,
  id: string,
  all: readonly string[],
): string[] | undefined {
  const current = shown ?? all;
  const next = current.includes(id)
    ? current.filter((other) => other !== id)
    : all.filter((other) => other === id || current.includes(other));
  return next.length === all.length ? undefined : next;
}
