// The SCORM run-time API as each edition names it: the object the LMS puts on a window and its
// eight functions. Shared by the course's API discovery, the preview LMS and the tests' fake LMS.
import type { ScormVersion } from './data-model';

export const SCORM_API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const satisfies Record<ScormVersion, string>;

export const SCORM_FUNCTIONS = {
  '1.2': [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
    'LMSGetErrorString',
    'LMSGetDiagnostic',
  ],
  '2004': [
    'Initialize',
    'Terminate',
    'GetValue',
    'SetValue',
    'Commit',
    'GetLastError',
    'GetErrorString',
    'GetDiagnostic',
  ],
} as const satisfies Record<ScormVersion, readonly string[]>;
