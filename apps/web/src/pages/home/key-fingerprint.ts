/**
 * A fingerprint in groups of four characters, the way people compare it by eye
 * or read it aloud (the server already groups it; this keeps any input tidy).
 *
 * @example
 * groupsOfFour('ab12cd34ef') // 'ab12 cd34 ef'
 */
export function groupsOfFour(fingerprint: string): string {
  const compact = fingerprint.replace(/[\s:]/g, '');
  return (compact.match(/.{1,4}/g) ?? []).join(' ');
}
