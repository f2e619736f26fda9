/** True for an absolute http:// or https:// address, the only links a story may carry. */
export function isWebLink(url: string | undefined): url is string {
  if (url === undefined) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
