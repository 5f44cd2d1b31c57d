import { describe, expect, it } from 'vitest';
import { decodeEntities, parseXmlStream } from './xml-stream.js';

const DOC = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 11 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
]>
<HealthData locale="en_US">
 <ExportDate value="2026-11-20 08:00:00 +0100"/>
 <!-- a comment with <Record type="fake"/> inside -->
 <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Withings &amp; Co" unit="kg" value="72.3" startDate="2024-01-01 07:00:00 -0600"/>
 <Record type='single "quoted"' note="a > b"
   value="1"/>
 <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30">
  <MetadataEntry key="HKIndoorWorkout" value="0"/>
  <![CDATA[ <NotATag/> ]]>
  text between
 </Workout>
</HealthData>
`;

async function events(chunks: string[]): Promise<string[]> {
  const out: string[] = [];
  await parseXmlStream(
    (async function* () {
      yield* chunks;
    })(),
    {
      open: (el) => out.push(`open ${el.name}@${el.line}${el.selfClosing ? '/' : ''} ${JSON.stringify(el.attrs())}`),
      close: (name) => out.push(`close ${name}`),
    },
  );
  return out;
}

describe('parseXmlStream', () => {
  it('reports start and end tags with their lines, skipping the declaration, DOCTYPE subset, comments, CDATA and text', async () => {
    expect(await events([DOC])).toEqual([
      'open HealthData@9 {"locale":"en_US"}',
      'open ExportDate@10/ {"value":"2026-11-20 08:00:00 +0100"}',
      'close ExportDate',
      'open Record@12/ {"type":"HKQuantityTypeIdentifierBodyMass","sourceName":"Withings & Co","unit":"kg","value":"72.3","startDate":"2024-01-01 07:00:00 -0600"}',
      'close Record',
      'open Record@13/ {"type":"single \\"quoted\\"","note":"a > b","value":"1"}',
      'close Record',
      'open Workout@15 {"workoutActivityType":"HKWorkoutActivityTypeRunning","duration":"30"}',
      'open MetadataEntry@16/ {"key":"HKIndoorWorkout","value":"0"}',
      'close MetadataEntry',
      'close Workout',
      'close HealthData',
    ]);
  });

  it('gives the same events however the text is cut into chunks', async () => {
    const whole = await events([DOC]);
    for (let cut = 1; cut < DOC.length; cut++) {
      expect(await events([DOC.slice(0, cut), DOC.slice(cut)])).toEqual(whole);
    }
    expect(await events([...DOC])).toEqual(whole);
  });

  it('reads one attribute without the others', async () => {
    const seen: Array<string | undefined> = [];
    await parseXmlStream(
      (async function* () {
        yield '<a x="1" type="T" y="&lt;2&gt;"/><a/>';
      })(),
      { open: (el) => seen.push(el.attr('type'), el.attr('y'), el.attr('missing')) },
    );
    expect(seen).toEqual(['T', '<2>', undefined, undefined, undefined, undefined]);
  });

  it('says on which line a file ends inside a tag', async () => {
    await expect(events(['<a>\n<b attr="x'])).rejects.toThrow(/line 2: the XML ends inside a tag/);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&lt;&gt;&quot;&apos;', `<>"'`],
    ['&#233;&#xE9;', 'éé'],
    ['&unknown; &#xZZ;', '&unknown; &#xZZ;'],
  ])('%s → %s', (raw, decoded) => {
    expect(decodeEntities(raw)).toBe(decoded);
  });
});
