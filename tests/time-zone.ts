/**
 * The time zone every test runs in: UTC+14, far from any story's, so that a date that shifted
 * with the machine's zone would show. Set by `npm run test:unit` (TZ=...) and by
 * web-test-runner.config.mjs for the browsers. Shared by the unit and the browser tests.
 */
export const FAR_TIME_ZONE = 'Pacific/Kiritimati';

/** Throws unless the clock runs in FAR_TIME_ZONE: use as a `before` hook where dates matter. */
export function assertFarTimeZone(): void {
  const offset = new Date(Date.UTC(2019, 6, 10)).getTimezoneOffset();
  if (offset !== -14 * 60) {
    throw new Error(
      `the tests must run in ${FAR_TIME_ZONE} (UTC+14), not at UTC${offset > 0 ? '-' : '+'}${Math.abs(offset) / 60}`,
    );
  }
}
