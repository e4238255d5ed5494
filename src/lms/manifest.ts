/**
 * What goes into a SCORM package besides the app's own build: `imsmanifest.xml` (the content
 * package manifest, per version) and `launch.html` (the SCO: it opens one scenario with the
 * LMS flag set) or one calibration set. Plain strings in, strings out.
 *
 * SCORM 1.2 uses IMS Content Packaging 1.1.2 with ADL's `adlcp_rootv1p2` extension;
 * SCORM 2004 4th edition uses IMS CP 1.1.4 (`imscp_v1p1`), `adlcp_v1p3` and, for a pass mark,
 * IMS Simple Sequencing (`imsss`). The XSDs are not bundled: `xsi:schemaLocation` names them
 * as ADL's packages do, and an LMS validates against its own copies.
 */
import type { ScormVersion } from './cmi.ts';

export const MANIFEST = 'imsmanifest.xml';
export const LAUNCH = 'launch.html';

/** Built files a package leaves out: a service worker has no place on an LMS's origin, and the list itself is for the packager. */
export const LEFT_OUT = [/^sw\.js$/, /^workbox-[\w-]+\.js$/, /^build-files\.json$/, /\.map$/];
/** Built files a package replaces: the service worker's registration becomes a no-op. */
export const REPLACED: Readonly<Record<string, string>> = {
  'registerSW.js': '// Inside an LMS the app registers no service worker: the LMS serves and caches its files.\n',
};

/** What a package opens: a scenario to play, or a calibration set to rate. */
export type PackagedKind = 'scenario' | 'calibration';

export interface PackageSpec {
  version: ScormVersion;
  /** A scenario when not said. */
  kind?: PackagedKind;
  /** The scenario's or the set's id. */
  id: string;
  /** Its title in the trainer's language. */
  title: string;
  /** Every file in the zip but the manifest, as paths relative to the package root. */
  files: readonly string[];
  /**
   * Optional pass mark: for a scenario, a run passes at this level (the lower median, 1–5) or
   * above; for a set, a round passes with exact agreement on this percent of samples or more.
   */
  pass?: number;
}

/** A pass mark on the LMS's two scales: raw (1.2's mastery score) and scaled (2004's minimum normalized measure). */
export function passThresholds(kind: PackagedKind, pass: number): { raw: number; scaled: number } {
  return { raw: pass, scaled: kind === 'calibration' ? pass / 100 : (pass - 1) / 4 };
}

/** The identifiers' stem: a set's carries its kind, so no set's package shares a scenario's identifiers. */
const stemOf = (spec: Pick<PackageSpec, 'kind' | 'id'>) => (spec.kind === 'calibration' ? `calibration-${spec.id}` : spec.id);

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** An XML ID (NCName): the scenario id is lower-case letters, digits and dashes already; a prefix makes it start with a letter. */
const xmlId = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;

/** The files of the app's build that go into a package, from the build's own list, sorted. */
export function packagedFiles(buildFiles: readonly string[]): string[] {
  const kept = buildFiles.filter((f) => !LEFT_OUT.some((re) => re.test(f.split('/').at(-1)!)) && f !== MANIFEST && f !== LAUNCH);
  return [...new Set([...kept, LAUNCH])].sort();
}

/** Where the launch page sends the learner: the scenario (or the set's round), with the LMS flag in the query. */
export function launchUrl(version: ScormVersion, id: string, kind: PackagedKind = 'scenario'): string {
  return `index.html?lms=${version}#/${kind === 'calibration' ? 'calibrate' : 'play'}/${encodeURIComponent(id)}`;
}

/** The SCO's launch page: no script (the app's CSP allows none inline), a refresh and a link. */
export function launchPage(version: ScormVersion, id: string, title: string, kind: PackagedKind = 'scenario'): string {
  const url = escapeXml(launchUrl(version, id, kind));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'">
<meta http-equiv="refresh" content="0; url=${url}">
<title>${escapeXml(title)}</title>
</head>
<body>
<p><a href="${url}">${escapeXml(title)}</a></p>
</body>
</html>
`;
}

/**
 * The parts both versions share: one organization with one item, and one SCO resource listing
 * every file. What differs is said by the caller: 1.2 marks the item visible and spells the SCO
 * attribute `scormtype`, 2004 spells it `scormType`; the item's extension (a mastery score, or
 * sequencing) is the version's own.
 */
function organizationAndResource(spec: PackageSpec, item: { attributes: string; extension: string }, scormType: 'scormtype' | 'scormType'): string {
  const id = stemOf(spec);
  const files = spec.files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n');
  return `  <organizations default="${xmlId('org', id)}">
    <organization identifier="${xmlId('org', id)}">
      <title>${escapeXml(spec.title)}</title>
      <item identifier="${xmlId('item', id)}" identifierref="${xmlId('sco', id)}"${item.attributes}>
        <title>${escapeXml(spec.title)}</title>${item.extension}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xmlId('sco', id)}" type="webcontent" adlcp:${scormType}="sco" href="${LAUNCH}">
${files}
    </resource>
  </resources>`;
}

function manifest12(spec: PackageSpec): string {
  const id = stemOf(spec);
  const mastery = spec.pass === undefined ? '' : `\n        <adlcp:masteryscore>${passThresholds(spec.kind ?? 'scenario', spec.pass).raw}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('manifest', id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
${organizationAndResource(spec, { attributes: ' isvisible="true"', extension: mastery }, 'scormtype')}
</manifest>
`;
}

function manifest2004(spec: PackageSpec): string {
  const id = stemOf(spec);
  // Pass at level L: scaled score (L − 1) / 4 or more satisfies the primary objective (RTE 4.2.18 cmi.scaled_passing_score);
  // a set's pass mark P%: exact agreement (the scaled score) P / 100 or more.
  const sequencing =
    spec.pass === undefined
      ? ''
      : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${xmlId('pass', id)}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${passThresholds(spec.kind ?? 'scenario', spec.pass).scaled}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('manifest', id)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
${organizationAndResource(spec, { attributes: '', extension: sequencing }, 'scormType')}
</manifest>
`;
}

export function buildManifest(spec: PackageSpec): string {
  return spec.version === '1.2' ? manifest12(spec) : manifest2004(spec);
}

/** The zip's name: `<scenario or set>-scorm12.zip` or `-scorm2004.zip`. */
export const packageName = (version: ScormVersion, id: string) => `${id}-scorm${version.replace('.', '')}.zip`;
