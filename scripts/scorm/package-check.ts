// Checks a SCORM package for what the XML schemas do not catch: references that point nowhere,
// files listed but missing (or present but unlisted), and anything fetched from outside the package.
import { create } from 'xmlbuilder2';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** The element's own text (entities decoded), when it has some. */
  text?: string;
}

/** The little of a parsed DOM node this module reads; declared here so no DOM library is needed. */
interface ParsedNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  attributes?: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<ParsedNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODES = new Set([3, 4]); // text and CDATA

/** Every element of a document in document order, with its attributes (names as written, prefix included). */
function elements(xml: string): XmlElement[] {
  const found: XmlElement[] = [];
  create(xml)
    .root()
    .each(
      (builder) => {
        const node = builder.node as unknown as ParsedNode;
        if (node.nodeType !== ELEMENT_NODE) return;
        const attributes = Object.fromEntries(Array.from(node.attributes ?? [], (a) => [a.name, a.value]));
        const texts = Array.from(node.childNodes).filter((c) => TEXT_NODES.has(c.nodeType));
        const text = texts
          .map((c) => c.nodeValue ?? '')
          .join('')
          .trim();
        found.push(
          texts.length > 0 && text !== ''
            ? { name: node.nodeName, attributes, text }
            : { name: node.nodeName, attributes },
        );
      },
      true,
      true,
    );
  return found;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** A reference resolved to a package path, or the reason it cannot be one. */
export function resolveHref(href: string, from = ''): { path: string } | { error: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//'))
    return { error: `"${href}" points outside the package` };
  if (href.startsWith('/'))
    return { error: `"${href}" is root-relative, so it breaks when the LMS serves the package from a folder` };
  const bare = href.replace(/[?#].*$/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    return { error: `"${href}" is not a valid URI` };
  }
  const parts: string[] = from.split('/').slice(0, -1);
  for (const part of decoded.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return { error: `"${href}" climbs out of the package` };
      parts.pop();
    } else if (part !== '.' && part !== '') {
      parts.push(part);
    }
  }
  return { path: parts.join('/') };
}

/** Problems with the manifest's own references, given every file path in the package. */
export function checkManifest(manifestXml: string, packageFiles: string[]): string[] {
  const problems: string[] = [];
  const present = new Set(packageFiles);
  const all = elements(manifestXml);
  const named = (name: string) => all.filter((e) => localName(e.name) === name);

  const organizations = named('organization').map((e) => e.attributes.identifier);
  const defaultOrg = named('organizations')[0]?.attributes.default;
  if (organizations.length === 0) problems.push('the manifest has no organization');
  if (!defaultOrg) problems.push('organizations has no default');
  else if (!organizations.includes(defaultOrg))
    problems.push(`organizations@default "${defaultOrg}" names no organization`);

  const resources = new Set(named('resource').map((e) => e.attributes.identifier));
  for (const e of [...named('item'), ...named('dependency')]) {
    const ref = e.attributes.identifierref;
    if (ref !== undefined && !resources.has(ref))
      problems.push(`${localName(e.name)} "${e.attributes.identifier ?? ''}" has a dangling identifierref "${ref}"`);
  }
  if (named('item').every((e) => e.attributes.identifierref === undefined))
    problems.push('no item launches a resource');

  const listed = new Set<string>();
  for (const e of [...named('resource'), ...named('file')]) {
    const href = e.attributes.href;
    if (href === undefined) continue;
    const resolved = resolveHref(href);
    if ('error' in resolved) problems.push(`${localName(e.name)} href ${resolved.error}`);
    else if (!present.has(resolved.path)) problems.push(`${localName(e.name)} href "${href}" is not in the package`);
    else listed.add(resolved.path);
  }
  for (const file of packageFiles) {
    if (file !== 'imsmanifest.xml' && !listed.has(file))
      problems.push(`"${file}" is in the package but not listed in the manifest`);
  }
  return problems;
}

/** Problems with what the HTML pages load (scripts, styles, images, icons): all must be in the package. */
export function checkHtmlReferences(path: string, html: string, packageFiles: string[]): string[] {
  const problems: string[] = [];
  const present = new Set(packageFiles);
  // Links a learner follows (<a href>) may go anywhere; what the page loads itself may not.
  const loads = /<(?:script|img|source|link|iframe|audio|video)\b[^>]*?\s(?:src|href)\s*=\s*(["'])(.*?)\1/gis;
  for (const match of html.matchAll(loads)) {
    const href = match[2] ?? '';
    if (href.startsWith('data:') || href.startsWith('#')) continue;
    const resolved = resolveHref(href, path);
    if ('error' in resolved) problems.push(`${path}: ${resolved.error}`);
    else if (!present.has(resolved.path)) problems.push(`${path}: "${href}" is not in the package`);
  }
  return problems;
}

/** What an LMS reads from a manifest to launch a single-SCO package: its version, title and launch href. */
export function manifestLaunch(manifestXml: string): {
  version: '1.2' | '2004' | null;
  title: string;
  href: string | null;
} {
  const all = elements(manifestXml);
  const text = (name: string) => all.find((e) => localName(e.name) === name && e.text !== undefined)?.text;
  const schemaversion = text('schemaversion');
  const version =
    schemaversion === '1.2' ? '1.2' : schemaversion?.startsWith('2004') || schemaversion === 'CAM 1.3' ? '2004' : null;
  const item = all.find((e) => localName(e.name) === 'item' && e.attributes.identifierref !== undefined);
  const resource = all.find(
    (e) => localName(e.name) === 'resource' && e.attributes.identifier === item?.attributes.identifierref,
  );
  return { version, title: text('title') ?? '', href: resource?.attributes.href ?? null };
}
