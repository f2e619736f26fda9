import story from '../data/ambassador-resignation-2019.json' with { type: 'json' };

/**
 * The default story: Sir Kim Darroch's resignation as ambassador in Washington, July 2019, taken
 * from the article of 10 July 2019. Loaded on demand, so pages that bring their own story do not
 * pay for it.
 */
export const defaultStory: unknown = story;
