// Hand-written VICS documents for the tests, shaped like real exports but
// holding only digests of harmless strings and random values.

import type { VicsHeader } from '../vics/vics-header.ts';
import { PDQ_A, md5Of, randomPhotoDna, seededRandom, sha1Of, sha256Of } from './sample-hashes.ts';

export const MD5 = [1, 2, 3, 4].map((n) => md5Of(`concord vics sample ${n}`));
export const SHA1 = [1, 2].map((n) => sha1Of(`concord vics sample ${n}`));
export const PHOTODNA = randomPhotoDna(seededRandom(7));
export const up = (s: string | undefined) => (s ?? '').toUpperCase();

export const DEFAULT_US: VicsHeader = {
  kind: 'vics',
  version: '2.0',
  profile: 'US',
  form: 'media',
  fields: {},
  cases: [],
};

/** Shaped like a 2.0 UK #Cases export from a forensic tool (case header, string flags). */
export const UK_CASES = `{
\t"@odata.context":"http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/UK/$metadata#Cases",
\t"value":[{"CaseID":"{6F9619FF-8B86-D011-B42D-00CF4FC964FF}",
\t"CaseNumber":"OP-TEST-0001",
\t"ContactName":"Examiner One",
\t"ContactOrganization":"Test Unit",
\t"SourceApplicationName":"SampleTool",
\t"SourceApplicationVersion":"1.51",
\t"Media":[{
\t\t"MediaID":\t101,
\t\t"Category":\t1,
\t\t"MD5":\t"${up(MD5[0])}",
\t\t"SHA1":\t"${up(SHA1[0])}",
\t\t"VictimIdentified":\t"true",
\t\t"IsDistributed":\t"true",
\t\t"Comments":\t"seen in two seizures",
\t\t"Series":\t"Test series, \\"quoted\\"",
\t\t"Tags":\t"tag one, tag two",
\t\t"DateUpdated":\t"2024-03-01T10:20:30.000Z",
\t\t"MediaSize":\t20480,
\t\t"RelativeFilePath":\t"VIC_Files\\\\0001.jpg",
\t\t"IsPrecategorized":\t"true",
\t\t"PrecategorizationSource":\t"CAID",
\t\t"MimeType":\t"image/jpeg",
\t\t"PhotoDNA":\t"${PHOTODNA}",
\t\t"MediaFiles":\t[{"MD5":"${up(MD5[0])}","FileName":"a.jpg","FilePath":"/DCIM/a.jpg","Created":"2024-01-02T03:04:05.000Z","Deleted":"true"}],
\t\t"MediaMetadata":\t[{"PropertyName":"Make","PropertyValue":"Benign Camera Co"}]
\t},{
\t\t"MediaID":\t102,
\t\t"Category":\t3,
\t\t"MD5":\t"${up(MD5[1])}",
\t\t"OffenderIdentified":\t"false"
\t}]
\t}]
\t}`;

/** Shaped like a 1.2 #Media (CAID-style) file: odata.metadata, JSON booleans, mixed-case strings. */
export const V12_MEDIA = `{"odata.metadata":"http://github.com/ICMEC/ProjectVic/DataModels/1.2.xml#Media","odata.count":2,"value":[
{"MediaID":"A-7","Category":"2","MD5":"${MD5[2]}","VictimIdentified":true,"OffenderIdentified":"FALSE","IsDistributed":"True","MediaSize":"123"},
{"MediaID":8,"Category":null,"MD5":"${MD5[3]}","SHA1":"","AlternativeHashes":[{"HashName":"SHA256","HashValue":"${sha256Of('x')}","MD5":"${MD5[3]}"},{"HashName":"PDQ","HashValue":"${PDQ_A}","Media@odata.navigationLinkUrl":"AlternativeHashes(HashName='PDQ')/Media"},{"HashName":"Custom","HashValue":"abc"}]}
]}`;
