/** The connection URL with its password left out, for messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '';
    return parsed.toString().replace(/:@/, '@');
  } catch {
    return url.replace(/(password\s*=\s*)\S+/gi, '$1***').replace(/:[^:@/]*@/, '@');
  }
}
