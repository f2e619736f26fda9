/** A story file of `count` events, the same every time for a given count. */
export function generateStory(count: number): unknown;
