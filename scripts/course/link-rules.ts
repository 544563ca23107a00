// The one rule for addresses in course text: what a link may point to and where an image may come
// from. Checked on the address exactly as marked will write it into href/src, before any decoding
// a browser does (entities such as "&#106;" or "&colon;", stripped tabs), so none can hide a scheme.

const LINK_SCHEMES = /^(?:https?|mailto|tel):/i;
/** Tabs, line breaks and other control characters, which browsers drop from URLs. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0020\u007f-\u009f]/;

/** The part of a relative address before its path, query or fragment starts. */
function firstSegment(href: string): string {
  const end = href.search(/[/?#]/);
  return end < 0 ? href : href.slice(0, end);
}

/** Why a link address is refused, or null when it is allowed: http(s), mailto, tel, "#…" or relative. */
export function linkProblem(href: string): string | null {
  if (LINK_SCHEMES.test(href)) return CONTROL.test(href) ? 'has a space or control character in it' : null;
  if (href.startsWith('#')) return null;
  if (href.startsWith('//')) return 'leaves out the scheme: write the whole address, "https://…"';
  if (CONTROL.test(href) || /[:&\\]/.test(firstSegment(href))) {
    return 'is not allowed: links may go to http:, https:, mailto: or tel: addresses, "#" in the page, or files of the course';
  }
  return null;
}

/** Why an image source is refused, or null: images must be files of the course, e.g. "images/karta.svg". */
export function imageProblem(href: string): string | null {
  if (CONTROL.test(href) || /[:&\\?#]/.test(href) || href.startsWith('/') || href.split('/').includes('..')) {
    return 'is not a file of the course: images must be files in the course folder, e.g. "images/karta.svg"';
  }
  return null;
}
