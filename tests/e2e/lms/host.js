// A minimal LMS around scorm-again: the SCORM API on this window, the package's launch page
// in a frame, the CMI data kept in localStorage at each commit and loaded back on the next
// launch (as an LMS keeps it on its server), and every call the LMS refused logged.
/* global Scorm12API, Scorm2004API */
const params = new URLSearchParams(location.search);
const version = params.get('v') === '1.2' ? '1.2' : '2004';
const key = `lms-cmi-${version}`;
const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
window.lmsErrors = [];
window.lmsCalls = [];

const saved = localStorage.getItem(key);
if (saved) {
  const cmi = JSON.parse(saved);
  api.loadFromJSON(cmi);
  // A learner coming back to a suspended attempt.
  if (version === '1.2') api.cmi.core.entry = 'resume';
  else api.cmi.entry = 'resume';
}
// The pass mark from the manifest, as the LMS reads it (adlcp:masteryscore / imsss:minNormalizedMeasure).
if (params.has('mastery')) {
  if (version === '1.2') api.cmi.student_data.mastery_score = params.get('mastery');
  else api.cmi.scaled_passing_score = params.get('mastery');
}

const names =
  version === '1.2'
    ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']
    : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'];
const lastError = version === '1.2' ? () => api.LMSGetLastError() : () => api.GetLastError();
const store = () => localStorage.setItem(key, JSON.stringify(api.cmi));
for (const name of names) {
  const call = api[name].bind(api);
  api[name] = (...args) => {
    const result = String(call(...args));
    window.lmsCalls.push([name, ...args]);
    const error = lastError();
    // 403 (2004): an element the LMS has no value for, such as a pass mark none was set for.
    if (result === 'false' || (name.includes('Get') && error !== '0' && error !== '403')) window.lmsErrors.push(`${name}(${args.join(', ')}): ${error}`);
    if (name.includes('Commit') || name === 'LMSFinish' || name === 'Terminate') store();
    return result;
  };
}

/** The CMI data as the LMS holds it now. */
window.cmiNow = () => JSON.parse(JSON.stringify(api.cmi));
window.lmsDone = () => (version === '1.2' ? api.isTerminated() : api.isTerminated());

if (version === '1.2') window.API = api;
else window.API_1484_11 = api;

const frame = document.createElement('iframe');
frame.title = 'SCORM package';
frame.src = 'pkg/launch.html';
document.querySelector('main').append(frame);
