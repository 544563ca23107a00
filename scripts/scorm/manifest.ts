// imsmanifest.xml for the SCORM 1.2 and SCORM 2004 4th Edition packages: one SCO launching the app,
// with the course title, description and language, and every file of the build as its resource.
import { create } from 'xmlbuilder2';
import type { Course } from '../../src/core/course/types';
import type { ScormVersion } from '../../src/core/scorm/data-model';

export type { ScormVersion };

export interface ManifestInput {
  course: Course;
  /** Paths of every file in the package except imsmanifest.xml, relative to its root, with "/". */
  files: string[];
}

const NS_12 = {
  cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
};

const NS_2004 = {
  cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  lom: 'http://ltsc.ieee.org/xsd/LOM',
};

/** The page the LMS launches, telling the app which API version to look for first. */
export function launchHref(version: ScormVersion): string {
  return `index.html?scorm=${version === '1.2' ? '12' : '2004'}`;
}

/** A package path as a URI reference: each segment percent-encoded, so spaces or "å" stay valid. */
export function fileHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Identifiers are xs:ID (NCName): the course id is already a-z0-9 and hyphens, so a letter prefix is enough. */
function ids(course: Course, version: ScormVersion) {
  const suffix = version === '1.2' ? 'scorm12' : 'scorm2004';
  return {
    manifest: `MANIFEST-${course.id}-${suffix}`,
    org: `ORG-${course.id}`,
    item: `ITEM-${course.id}`,
    resource: `RES-${course.id}`,
  };
}

/** The SCORM 1.2 manifest (IMS CP 1.1.2, ADLCP 1.2, inline IMS MD 1.2.1 metadata). */
export function scorm12Manifest({ course, files }: ManifestInput): string {
  const id = ids(course, '1.2');
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS_12.cp, 'manifest', {
    identifier: id.manifest,
    version: course.fingerprint,
    'xmlns:adlcp': NS_12.adlcp,
    'xmlns:imsmd': NS_12.imsmd,
  });
  const metadata = root.ele('metadata');
  metadata.ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt('1.2');
  const general = metadata.ele(NS_12.imsmd, 'imsmd:lom').ele(NS_12.imsmd, 'imsmd:general');
  const langstring = (parent: typeof general, name: string, text: string) =>
    parent
      .ele(NS_12.imsmd, `imsmd:${name}`)
      .ele(NS_12.imsmd, 'imsmd:langstring', { 'xml:lang': course.language })
      .txt(text);
  langstring(general, 'title', course.title);
  general.ele(NS_12.imsmd, 'imsmd:language').txt(course.language);
  langstring(general, 'description', course.description);

  const organization = root.ele('organizations', { default: id.org }).ele('organization', { identifier: id.org });
  organization.ele('title').txt(course.title);
  organization
    .ele('item', { identifier: id.item, identifierref: id.resource, isvisible: 'true' })
    .ele('title')
    .txt(course.title);

  const resource = root.ele('resources').ele('resource', {
    identifier: id.resource,
    type: 'webcontent',
    'adlcp:scormtype': 'sco',
    href: launchHref('1.2'),
  });
  for (const file of files) resource.ele('file', { href: fileHref(file) });
  return root.end({ prettyPrint: true });
}

/** The SCORM 2004 4th Edition manifest (IMS CP 1.1.4, ADLCP 1.3, IMS SS, inline IEEE LOM metadata). */
export function scorm2004Manifest({ course, files }: ManifestInput): string {
  const id = ids(course, '2004');
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS_2004.cp, 'manifest', {
    identifier: id.manifest,
    version: course.fingerprint,
    'xmlns:adlcp': NS_2004.adlcp,
    'xmlns:imsss': NS_2004.imsss,
  });
  const metadata = root.ele('metadata');
  metadata.ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt('2004 4th Edition');
  const general = metadata.ele(NS_2004.lom, 'lom').ele('general');
  general.ele('title').ele('string', { language: course.language }).txt(course.title);
  general.ele('language').txt(course.language);
  general.ele('description').ele('string', { language: course.language }).txt(course.description);

  const organization = root.ele('organizations', { default: id.org }).ele('organization', { identifier: id.org });
  organization.ele('title').txt(course.title);
  const item = organization.ele('item', { identifier: id.item, identifierref: id.resource, isvisible: 'true' });
  item.ele('title').txt(course.title);
  // The SCO reports completion and objectives itself; without these flags an LMS may mark the
  // course completed merely because it was opened and closed.
  item.ele(NS_2004.imsss, 'imsss:sequencing').ele(NS_2004.imsss, 'imsss:deliveryControls', {
    tracked: 'true',
    completionSetByContent: 'true',
    objectiveSetByContent: 'true',
  });

  const resource = root.ele('resources').ele('resource', {
    identifier: id.resource,
    type: 'webcontent',
    'adlcp:scormType': 'sco',
    href: launchHref('2004'),
  });
  for (const file of files) resource.ele('file', { href: fileHref(file) });
  return root.end({ prettyPrint: true });
}

/** The manifest for either version. */
export function buildManifest(version: ScormVersion, input: ManifestInput): string {
  return version === '1.2' ? scorm12Manifest(input) : scorm2004Manifest(input);
}
