import { describe, expect, it } from 'vitest';
import { buildManifest, launchPage, launchUrl, packagedFiles, packageName } from './manifest.ts';

const files = packagedFiles(['index.html', 'assets/index-1.js', 'assets/index-1.js.map', 'sw.js', 'workbox-2fbc6a65.js', 'build-files.json', 'registerSW.js', 'icon.svg']);
const hrefs = (xml: string) => [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);

describe('a package', () => {
  it('keeps the app\'s files, adds the launch page, leaves out the service worker, source maps and the list', () => {
    expect(files).toEqual(['assets/index-1.js', 'icon.svg', 'index.html', 'launch.html', 'registerSW.js']);
  });

  it('launches the scenario with the LMS flag', () => {
    expect(launchUrl('1.2', 'clashing-appointments')).toBe('index.html?lms=1.2#/play/clashing-appointments');
    const page = launchPage('2004', 'clashing-appointments', 'Clashing <appointments> & "more"');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=index.html?lms=2004#/play/clashing-appointments">');
    expect(page).toContain('<title>Clashing &lt;appointments&gt; &amp; &quot;more&quot;</title>');
    expect(page).not.toContain('<script');
  });

  it('launches a calibration set\'s round with the LMS flag', () => {
    expect(launchUrl('2004', 'cal-s08-q1', 'calibration')).toBe('index.html?lms=2004#/calibrate/cal-s08-q1');
    expect(launchPage('1.2', 'cal-s08-q1', 'Set <1>', 'calibration')).toContain('<meta http-equiv="refresh" content="0; url=index.html?lms=1.2#/calibrate/cal-s08-q1">');
  });

  it('is named for its scenario and version', () => {
    expect(packageName('1.2', 'x')).toBe('x-scorm12.zip');
    expect(packageName('2004', 'x')).toBe('x-scorm2004.zip');
  });
});

describe('imsmanifest.xml', () => {
  it('for SCORM 1.2: IMS CP 1.1.2, adlcp_rootv1p2, one SCO launched at launch.html, every file once', () => {
    const xml = buildManifest({ version: '1.2', id: 'clashing-appointments', title: 'Clashing & co', files });
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('<resource identifier="sco-clashing-appointments" type="webcontent" adlcp:scormtype="sco" href="launch.html">');
    expect(xml).toContain('<title>Clashing &amp; co</title>');
    expect(xml).not.toContain('masteryscore');
    expect(hrefs(xml)).toEqual(files);
  });

  it('for SCORM 2004 4th edition: imscp_v1p1, adlcp_v1p3, scormType, every file once', () => {
    const xml = buildManifest({ version: '2004', id: 'clashing-appointments', title: 'Clashing', files });
    expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"');
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('adlcp:scormType="sco" href="launch.html"');
    expect(xml).not.toContain('imsss:sequencing');
    expect(hrefs(xml)).toEqual(files);
  });

  it('carries a pass mark: 1.2 as a mastery score on the raw scale, 2004 as a scaled minimum', () => {
    expect(buildManifest({ version: '1.2', id: 's', title: 't', files, pass: 4 })).toContain('<adlcp:masteryscore>4</adlcp:masteryscore>');
    const xml = buildManifest({ version: '2004', id: 's', title: 't', files, pass: 4 });
    expect(xml).toContain('satisfiedByMeasure="true"');
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>');
  });

  it('for a calibration set: its own identifiers and title, and a pass mark as exact agreement (1.2 raw percent, 2004 scaled share)', () => {
    const xml12 = buildManifest({ version: '1.2', kind: 'calibration', id: 'cal-s08-q1', title: 'Calibration set Networking 1', files, pass: 70 });
    expect(xml12).toContain('<manifest identifier="manifest-calibration-cal-s08-q1"');
    expect(xml12).toContain('<resource identifier="sco-calibration-cal-s08-q1"');
    expect(xml12).toContain('<title>Calibration set Networking 1</title>');
    expect(xml12).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(hrefs(xml12)).toEqual(files);
    const xml2004 = buildManifest({ version: '2004', kind: 'calibration', id: 'cal-s08-q1', title: 't', files, pass: 70 });
    expect(xml2004).toContain('<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>');
    expect(xml2004).toContain('objectiveID="pass-calibration-cal-s08-q1"');
  });

  it.each(['1.2', '2004'] as const)('for %s is well-formed XML with unique identifiers', (version) => {
    const xml = buildManifest({ version, id: 'a-b', title: '<x>', files, pass: 3 });
    const ids = [...xml.matchAll(/ identifier="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Every element opened is closed, in order.
    const stack: string[] = [];
    for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]!);
    }
    expect(stack).toEqual([]);
  });
});
