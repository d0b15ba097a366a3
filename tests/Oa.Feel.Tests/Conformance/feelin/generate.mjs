// Regenerates expected.json: evaluates every corpus entry with feelin (the FEEL engine form-js uses)
// and writes each result in a tagged JSON form that the xunit conformance test compares against.
//   npm ci && node generate.mjs
// Runs in UTC so that local date-times and now()/today() do not depend on the machine's zone.
process.env.TZ = 'UTC';

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const { evaluate, unaryTest, date } = await import('@bpmn-io/feelin');
const here = dirname(fileURLToPath(import.meta.url));
const corpus = JSON.parse(readFileSync(join(here, 'corpus.json'), 'utf8'));
const version = JSON.parse(readFileSync(join(here, 'node_modules/@bpmn-io/feelin/package.json'), 'utf8')).version;

const isDuration = (v) => v && typeof v === 'object' && v.isLuxonDuration === true;
const isDateTime = (v) => v && typeof v === 'object' && v.isLuxonDateTime === true;

// Tagged forms: {"$date": "2024-01-01"}, {"$time": "10:00:00"}, {"$dateTime": "...", "offset": "+01:00" | null, "zone": "Europe/Paris" | null},
// {"$ymDuration": months}, {"$dtDuration": seconds}, {"$range": {...}}, {"$function": true}, {"$number": "NaN"}.
function encode(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { $number: String(v) };
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(encode);
  if (isDuration(v)) {
    const o = v.toObject();
    if ((o.years || o.months) && !(o.days || o.hours || o.minutes || o.seconds || o.milliseconds || o.weeks)) {
      return { $ymDuration: (o.years || 0) * 12 + (o.months || 0) };
    }
    return { $dtDuration: v.as('milliseconds') / 1000 };
  }
  if (isDateTime(v)) {
    if (v.year === 1900 && v.month === 1 && v.day === 1) {
      return { $time: v.toFormat(v.millisecond ? 'HH:mm:ss.SSS' : 'HH:mm:ss'), offset: v.zone.type === 'iana' || v.offset === 0 ? null : v.toFormat('ZZ') };
    }
    if (v.hour === 0 && v.minute === 0 && v.second === 0 && v.millisecond === 0 && v.offset === 0 && v.zone.type !== 'iana') {
      return { $date: v.toFormat('yyyy-MM-dd') };
    }
    return {
      $dateTime: v.toFormat(v.millisecond ? "yyyy-MM-dd'T'HH:mm:ss.SSS" : "yyyy-MM-dd'T'HH:mm:ss"),
      offset: v.zone.type === 'system' ? null : v.toFormat('ZZ'),
      zone: v.zone.type === 'iana' ? v.zone.name : null,
    };
  }
  if (typeof v === 'function' || v.constructor?.name === 'FunctionWrapper') return { $function: true };
  if (v.constructor?.name === 'Range') {
    return { $range: { start: encode(v.start), end: encode(v.end), startIncluded: v['start included'], endIncluded: v['end included'] } };
  }
  if (typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = encode(x);
    return out;
  }
  return { $unknown: String(v) };
}

// Corpus inputs use the same tags for values JSON cannot express.
const decode = (v) => v && typeof v === 'object' && '$date' in v ? date(v.$date) : v;

const results = {};
for (const entry of corpus) {
  const context = entry.context ?? {};
  try {
    const r = 'unaryInput' in entry
      ? unaryTest(entry.expression, { ...context, '?': decode(entry.unaryInput) })
      : evaluate(entry.expression, context);
    results[entry.id] = { value: encode(r.value) };
  } catch (e) {
    results[entry.id] = { error: String(e.message).split('\n')[0] };
  }
}

// One line per result keeps diffs of regenerated expectations readable.
const lines = Object.entries(results).map(([id, r]) => `  ${JSON.stringify(id)}: ${JSON.stringify(r)}`);
writeFileSync(join(here, 'expected.json'),
  `{\n "engine": "@bpmn-io/feelin@${version}",\n "timezone": "UTC",\n "results": {\n${lines.join(',\n')}\n }\n}\n`);
console.log(`wrote ${Object.keys(results).length} results from @bpmn-io/feelin@${version}`);
