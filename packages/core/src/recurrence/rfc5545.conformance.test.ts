// RFC 5545 section 3.8.5.3's worked RRULE examples, as a table: every example with a finite
// answer (COUNT or UNTIL), and the infinite ones cut by a window after the occurrences the RFC
// lists. The expected occurrences are data, copied from the RFC's listings as wall times in
// New York; they are never computed by the code under test. Then the zone and calendar edges
// the RFC does not cover (DST gaps and folds, a day at midnight, a missing day), pinned the
// same way, with values checked against Temporal and python-dateutil when they were written.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { type ExpandOptions, expand, type Recurrence } from './expand.js'

const NEW_YORK = 'America/New_York'

/**
 * Writes an RFC-style listing out in full: `'1997-09: 2-30; 1997-10: 1,3,5-9'` at `time`.
 * Items are days (`5`), ranges (`2-11`) or stepped ranges (`2-30/2`, every other day).
 */
function days(time: string, listing: string): string[] {
  const result: string[] = []
  for (const entry of listing.split(';')) {
    const [month = '', items = ''] = entry.split(':').map((part) => part.trim())
    for (const item of items.split(',')) {
      const [range = '', step = '1'] = item.trim().split('/')
      const [first = '', last = first] = range.split('-')
      for (let day = Number(first); day <= Number(last); day += Number(step)) {
        result.push(`${month}-${String(day).padStart(2, '0')}T${time}`)
      }
    }
  }
  return result
}

/** The wall time of an instant in `timeZone` by Temporal: `YYYY-MM-DDTHH:MM`, or with seconds when they are not zero. */
function wallOf(instant: number, timeZone: string): string {
  const text = Temporal.Instant.fromEpochMilliseconds(instant)
    .toZonedDateTimeISO(timeZone)
    .toPlainDateTime()
    .toString()
  return text.endsWith(':00') && text.length === 19 ? text.slice(0, 16) : text
}

function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`)
}

interface Example {
  readonly name: string
  /** DTSTART;TZID=America/New_York value, as the RFC writes it. */
  readonly dtstart: string
  /** The RRULE value; `\r\n ` where the RFC folds the line. */
  readonly rrule: string
  readonly exdate?: string
  /** End of the window (UTC midnight): after the last occurrence the RFC lists. Default 2010-01-01. */
  readonly windowEnd?: string
  readonly expected: readonly string[] | 'INVALID_RRULE'
}

const EXAMPLES: readonly Example[] = [
  {
    name: 'Daily for 10 occurrences',
    dtstart: '19970902T090000',
    rrule: 'FREQ=DAILY;COUNT=10',
    expected: days('09:00', '1997-09: 2-11'),
  },
  {
    name: 'Daily until December 24, 1997',
    dtstart: '19970902T090000',
    rrule: 'FREQ=DAILY;UNTIL=19971224T000000Z',
    expected: days('09:00', '1997-09: 2-30; 1997-10: 1-25; 1997-10: 26-31; 1997-11: 1-30; 1997-12: 1-23'),
  },
  {
    name: 'Every other day - forever',
    dtstart: '19970902T090000',
    rrule: 'FREQ=DAILY;INTERVAL=2',
    windowEnd: '1997-12-04',
    expected: days(
      '09:00',
      '1997-09: 2-30/2; 1997-10: 2-24/2; 1997-10: 26,28,30; 1997-11: 1-29/2; 1997-12: 1,3',
    ),
  },
  {
    name: 'Every 10 days, 5 occurrences',
    dtstart: '19970902T090000',
    rrule: 'FREQ=DAILY;INTERVAL=10;COUNT=5',
    expected: days('09:00', '1997-09: 2,12,22; 1997-10: 2,12'),
  },
  {
    name: 'Every day in January, for 3 years (YEARLY)',
    dtstart: '19980101T090000',
    rrule: 'FREQ=YEARLY;UNTIL=20000131T140000Z;\r\n BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA',
    expected: days('09:00', '1998-01: 1-31; 1999-01: 1-31; 2000-01: 1-31'),
  },
  {
    name: 'Every day in January, for 3 years (DAILY)',
    dtstart: '19980101T090000',
    rrule: 'FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1',
    expected: days('09:00', '1998-01: 1-31; 1999-01: 1-31; 2000-01: 1-31'),
  },
  {
    name: 'Weekly for 10 occurrences',
    dtstart: '19970902T090000',
    rrule: 'FREQ=WEEKLY;COUNT=10',
    expected: days('09:00', '1997-09: 2,9,16,23,30; 1997-10: 7,14,21; 1997-10: 28; 1997-11: 4'),
  },
  {
    name: 'Weekly until December 24, 1997',
    dtstart: '19970902T090000',
    rrule: 'FREQ=WEEKLY;UNTIL=19971224T000000Z',
    expected: days(
      '09:00',
      '1997-09: 2,9,16,23,30; 1997-10: 7,14,21; 1997-10: 28; 1997-11: 4,11,18,25; 1997-12: 2,9,16,23',
    ),
  },
  {
    name: 'Every other week - forever',
    dtstart: '19970902T090000',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;WKST=SU',
    windowEnd: '1998-02-18',
    expected: days(
      '09:00',
      '1997-09: 2,16,30; 1997-10: 14; 1997-10: 28; 1997-11: 11,25; 1997-12: 9,23; 1998-01: 6,20; 1998-02: 3,17',
    ),
  },
  {
    name: 'Weekly on Tuesday and Thursday for five weeks (UNTIL)',
    dtstart: '19970902T090000',
    rrule: 'FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH',
    expected: days('09:00', '1997-09: 2,4,9,11,16,18,23,25,30; 1997-10: 2'),
  },
  {
    name: 'Weekly on Tuesday and Thursday for five weeks (COUNT)',
    dtstart: '19970902T090000',
    rrule: 'FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH',
    expected: days('09:00', '1997-09: 2,4,9,11,16,18,23,25,30; 1997-10: 2'),
  },
  {
    name: 'Every other week on Monday, Wednesday, and Friday until December 24, 1997',
    dtstart: '19970901T090000',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;\r\n BYDAY=MO,WE,FR',
    expected: days(
      '09:00',
      '1997-09: 1,3,5,15,17,19,29; 1997-10: 1,3,13,15,17; 1997-10: 27,29,31; 1997-11: 10,12,14,24,26,28; 1997-12: 8,10,12,22',
    ),
  },
  {
    name: 'Every other week on Tuesday and Thursday, for 8 occurrences',
    dtstart: '19970902T090000',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH',
    expected: days('09:00', '1997-09: 2,4,16,18,30; 1997-10: 2,14,16'),
  },
  {
    name: 'Monthly on the first Friday for 10 occurrences',
    dtstart: '19970905T090000',
    rrule: 'FREQ=MONTHLY;COUNT=10;BYDAY=1FR',
    expected: days(
      '09:00',
      '1997-09: 5; 1997-10: 3; 1997-11: 7; 1997-12: 5; 1998-01: 2; 1998-02: 6; 1998-03: 6; 1998-04: 3; 1998-05: 1; 1998-06: 5',
    ),
  },
  {
    name: 'Monthly on the first Friday until December 24, 1997',
    dtstart: '19970905T090000',
    rrule: 'FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR',
    expected: days('09:00', '1997-09: 5; 1997-10: 3; 1997-11: 7; 1997-12: 5'),
  },
  {
    name: 'Every other month on the first and last Sunday of the month for 10 occurrences',
    dtstart: '19970907T090000',
    rrule: 'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU',
    expected: days('09:00', '1997-09: 7,28; 1997-11: 2,30; 1998-01: 4,25; 1998-03: 1,29; 1998-05: 3,31'),
  },
  {
    name: 'Monthly on the second-to-last Monday of the month for 6 months',
    dtstart: '19970922T090000',
    rrule: 'FREQ=MONTHLY;COUNT=6;BYDAY=-2MO',
    expected: days('09:00', '1997-09: 22; 1997-10: 20; 1997-11: 17; 1997-12: 22; 1998-01: 19; 1998-02: 16'),
  },
  {
    name: 'Monthly on the third-to-the-last day of the month, forever',
    dtstart: '19970928T090000',
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=-3',
    windowEnd: '1998-03-01',
    expected: days('09:00', '1997-09: 28; 1997-10: 29; 1997-11: 28; 1997-12: 29; 1998-01: 29; 1998-02: 26'),
  },
  {
    name: 'Monthly on the 2nd and 15th of the month for 10 occurrences',
    dtstart: '19970902T090000',
    rrule: 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15',
    expected: days('09:00', '1997-09: 2,15; 1997-10: 2,15; 1997-11: 2,15; 1997-12: 2,15; 1998-01: 2,15'),
  },
  {
    name: 'Monthly on the first and last day of the month for 10 occurrences',
    dtstart: '19970930T090000',
    rrule: 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1',
    expected: days(
      '09:00',
      '1997-09: 30; 1997-10: 1; 1997-10: 31; 1997-11: 1,30; 1997-12: 1,31; 1998-01: 1,31; 1998-02: 1',
    ),
  },
  {
    name: 'Every 18 months on the 10th thru 15th of the month for 10 occurrences',
    dtstart: '19970910T090000',
    rrule: 'FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,\r\n 13,14,15',
    expected: days('09:00', '1997-09: 10-15; 1999-03: 10-13'),
  },
  {
    name: 'Every Tuesday, every other month',
    dtstart: '19970902T090000',
    rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=TU',
    windowEnd: '1998-04-01',
    expected: days(
      '09:00',
      '1997-09: 2,9,16,23,30; 1997-11: 4,11,18,25; 1998-01: 6,13,20,27; 1998-03: 3,10,17,24,31',
    ),
  },
  {
    name: 'Yearly in June and July for 10 occurrences',
    dtstart: '19970610T090000',
    rrule: 'FREQ=YEARLY;COUNT=10;BYMONTH=6,7',
    expected: days(
      '09:00',
      '1997-06: 10; 1997-07: 10; 1998-06: 10; 1998-07: 10; 1999-06: 10; 1999-07: 10; 2000-06: 10; 2000-07: 10; 2001-06: 10; 2001-07: 10',
    ),
  },
  {
    name: 'Every other year on January, February, and March for 10 occurrences',
    dtstart: '19970310T090000',
    rrule: 'FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3',
    expected: days(
      '09:00',
      '1997-03: 10; 1999-01: 10; 1999-02: 10; 1999-03: 10; 2001-01: 10; 2001-02: 10; 2001-03: 10; 2003-01: 10; 2003-02: 10; 2003-03: 10',
    ),
  },
  {
    name: 'Every third year on the 1st, 100th, and 200th day for 10 occurrences',
    dtstart: '19970101T090000',
    rrule: 'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200',
    expected: days(
      '09:00',
      '1997-01: 1; 1997-04: 10; 1997-07: 19; 2000-01: 1; 2000-04: 9; 2000-07: 18; 2003-01: 1; 2003-04: 10; 2003-07: 19; 2006-01: 1',
    ),
  },
  {
    name: 'Every 20th Monday of the year, forever',
    dtstart: '19970519T090000',
    rrule: 'FREQ=YEARLY;BYDAY=20MO',
    windowEnd: '2000-01-01',
    expected: days('09:00', '1997-05: 19; 1998-05: 18; 1999-05: 17'),
  },
  {
    name: 'Monday of week number 20 (where the default start of the week is Monday), forever',
    dtstart: '19970512T090000',
    rrule: 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO',
    windowEnd: '2000-01-01',
    expected: days('09:00', '1997-05: 12; 1998-05: 11; 1999-05: 17'),
  },
  {
    name: 'Every Thursday in March, forever',
    dtstart: '19970313T090000',
    rrule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=TH',
    windowEnd: '2000-01-01',
    expected: days('09:00', '1997-03: 13,20,27; 1998-03: 5,12,19,26; 1999-03: 4,11,18,25'),
  },
  {
    name: 'Every Thursday, but only during June, July, and August, forever',
    dtstart: '19970605T090000',
    rrule: 'FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8',
    windowEnd: '2000-01-01',
    expected: days(
      '09:00',
      '1997-06: 5,12,19,26; 1997-07: 3,10,17,24,31; 1997-08: 7,14,21,28; ' +
        '1998-06: 4,11,18,25; 1998-07: 2,9,16,23,30; 1998-08: 6,13,20,27; ' +
        '1999-06: 3,10,17,24; 1999-07: 1,8,15,22,29; 1999-08: 5,12,19,26',
    ),
  },
  {
    name: 'Every Friday the 13th, forever',
    dtstart: '19970902T090000',
    exdate: '19970902T090000',
    rrule: 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
    windowEnd: '2001-01-01',
    expected: days('09:00', '1998-02: 13; 1998-03: 13; 1998-11: 13; 1999-08: 13; 2000-10: 13'),
  },
  {
    name: 'The first Saturday that follows the first Sunday of the month, forever',
    dtstart: '19970913T090000',
    rrule: 'FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13',
    windowEnd: '1998-06-14',
    expected: days(
      '09:00',
      '1997-09: 13; 1997-10: 11; 1997-11: 8; 1997-12: 13; 1998-01: 10; 1998-02: 7; 1998-03: 7; 1998-04: 11; 1998-05: 9; 1998-06: 13',
    ),
  },
  {
    name: 'Every 4 years, the first Tuesday after a Monday in November, forever (U.S. Presidential Election day)',
    dtstart: '19961105T090000',
    rrule: 'FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;\r\n BYMONTHDAY=2,3,4,5,6,7,8',
    windowEnd: '2005-01-01',
    expected: days('09:00', '1996-11: 5; 2000-11: 7; 2004-11: 2'),
  },
  {
    name: 'The third instance into the month of one of Tuesday, Wednesday, or Thursday, for the next 3 months',
    dtstart: '19970904T090000',
    rrule: 'FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3',
    expected: days('09:00', '1997-09: 4; 1997-10: 7; 1997-11: 6'),
  },
  {
    name: 'The second-to-last weekday of the month',
    dtstart: '19970929T090000',
    rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
    windowEnd: '1998-03-31',
    expected: days(
      '09:00',
      '1997-09: 29; 1997-10: 30; 1997-11: 27; 1997-12: 30; 1998-01: 29; 1998-02: 26; 1998-03: 30',
    ),
  },
  // Sub-daily frequencies are refused: availability is computed per day.
  {
    name: 'Every 3 hours from 9:00 AM to 5:00 PM on a specific day',
    dtstart: '19970902T090000',
    rrule: 'FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z',
    expected: 'INVALID_RRULE',
  },
  {
    name: 'Every 15 minutes for 6 occurrences',
    dtstart: '19970902T090000',
    rrule: 'FREQ=MINUTELY;INTERVAL=15;COUNT=6',
    expected: 'INVALID_RRULE',
  },
  {
    name: 'Every hour and a half for 4 occurrences',
    dtstart: '19970902T090000',
    rrule: 'FREQ=MINUTELY;INTERVAL=90;COUNT=4',
    expected: 'INVALID_RRULE',
  },
  {
    name: 'Every 20 minutes from 9:00 AM to 4:40 PM every day (DAILY)',
    dtstart: '19970902T090000',
    rrule: 'FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40',
    windowEnd: '1997-09-04',
    expected: ['1997-09-02', '1997-09-03'].flatMap((date) =>
      ['09', '10', '11', '12', '13', '14', '15', '16'].flatMap((hour) =>
        ['00', '20', '40'].map((minute) => `${date}T${hour}:${minute}`),
      ),
    ),
  },
  {
    name: 'Every 20 minutes from 9:00 AM to 4:40 PM every day (MINUTELY)',
    dtstart: '19970902T090000',
    rrule: 'FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16',
    expected: 'INVALID_RRULE',
  },
  {
    name: 'An example where the days generated makes a difference because of WKST (MO)',
    dtstart: '19970805T090000',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO',
    expected: days('09:00', '1997-08: 5,10,19,24'),
  },
  {
    name: 'An example where the days generated makes a difference because of WKST (SU)',
    dtstart: '19970805T090000',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU',
    expected: days('09:00', '1997-08: 5,17,19,31'),
  },
  {
    name: 'An example where an invalid date (i.e., February 30) is ignored',
    dtstart: '20070115T090000',
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5',
    expected: days('09:00', '2007-01: 15,30; 2007-02: 15; 2007-03: 15,30'),
  },
]

/** The window: from the day before DTSTART to `windowEnd`, in UTC. */
function windowOf(example: Example): { start: number; end: number } {
  const date = `${example.dtstart.slice(0, 4)}-${example.dtstart.slice(4, 6)}-${example.dtstart.slice(6, 8)}`
  return { start: utc(date) - 86_400_000, end: utc(example.windowEnd ?? '2010-01-01') }
}

const WIDE: ExpandOptions = { maxWindowDays: 36_600 }

/** The same example two ways: as the RFC writes it (iCalendar lines), and as fields. */
function asLines(example: Example): Recurrence {
  const lines = [`DTSTART;TZID=${NEW_YORK}:${example.dtstart}`, `RRULE:${example.rrule}`]
  if (example.exdate !== undefined) lines.push(`EXDATE;TZID=${NEW_YORK}:${example.exdate}`)
  return { rrule: lines.join('\r\n') }
}

function asFields(example: Example): Recurrence {
  const d = example.dtstart
  return {
    dtstart: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(9, 11)}:${d.slice(11, 13)}`,
    timeZone: NEW_YORK,
    rrule: example.rrule.replace(/\r\n /g, ''),
    ...(example.exdate === undefined ? {} : { exdates: [example.exdate] }),
  }
}

describe('RFC 5545 section 3.8.5.3 examples', () => {
  describe.each([
    { form: 'iCalendar lines', recurrence: asLines },
    { form: 'fields', recurrence: asFields },
  ])('as $form', ({ recurrence }) => {
    it.each(EXAMPLES.map((example) => [example.name, example] as const))('%s', (_, example) => {
      const run = () => expand(recurrence(example), windowOf(example), WIDE)
      if (example.expected === 'INVALID_RRULE') {
        expect(run).toThrow(
          expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_RRULE', path: 'FREQ' }),
        )
        return
      }
      expect(run().map((instant) => wallOf(instant, NEW_YORK))).toEqual(example.expected)
    })
  })

  it('every example with a COUNT gives exactly COUNT occurrences (the data agree with themselves)', () => {
    for (const example of EXAMPLES) {
      const count = /COUNT=(\d+)/.exec(example.rrule)
      if (count !== null && example.expected !== 'INVALID_RRULE')
        expect(example.expected).toHaveLength(Number(count[1]))
    }
  })

  it('"Every day in January, for 3 years": the last occurrence is exactly at UNTIL (2000-01-31 09:00 EST = 14:00Z) and counts', () => {
    const example = EXAMPLES.find((e) => e.name === 'Every day in January, for 3 years (YEARLY)')!
    expect(expand(asLines(example), windowOf(example), WIDE).at(-1)).toBe(Date.UTC(2000, 0, 31, 14))
  })

  it('"Friday the 13th": DTSTART is not a Friday the 13th, so it is no occurrence even without the EXDATE', () => {
    const example = EXAMPLES.find((e) => e.name === 'Every Friday the 13th, forever')!
    const { exdate: _, ...withoutExdate } = example
    const walls = (recurrence: Recurrence, options: ExpandOptions) =>
      expand(recurrence, windowOf(example), { ...WIDE, ...options }).map((i) => wallOf(i, NEW_YORK))
    expect(walls(asLines(withoutExdate), {})).toEqual(example.expected)
    // RFC 5545's own reading (DTSTART always counts) is the includeStart option; the EXDATE removes it again.
    expect(walls(asLines(withoutExdate), { includeStart: true })).toEqual([
      '1997-09-02T09:00',
      ...example.expected,
    ])
    expect(walls(asLines(example), { includeStart: true })).toEqual(example.expected)
  })

  it('a window in the middle of a COUNT rule gives the tail: COUNT counts from DTSTART, not from the window', () => {
    const example = EXAMPLES.find((e) => e.name === 'Monthly on the first Friday for 10 occurrences')!
    const walls = expand(asLines(example), { start: utc('1998-01-01'), end: utc('2010-01-01') }, WIDE).map(
      (i) => wallOf(i, NEW_YORK),
    )
    expect(walls).toEqual(
      days('09:00', '1998-01: 2; 1998-02: 6; 1998-03: 6; 1998-04: 3; 1998-05: 1; 1998-06: 5'),
    )
  })

  it('an infinite example cut by a later window starts at the right period (jumping, not walking)', () => {
    const example = EXAMPLES.find(
      (e) =>
        e.name ===
        'Every 4 years, the first Tuesday after a Monday in November, forever (U.S. Presidential Election day)',
    )!
    const walls = expand(asLines(example), { start: utc('2020-01-01'), end: utc('2029-01-01') }).map((i) =>
      wallOf(i, NEW_YORK),
    )
    expect(walls).toEqual(days('09:00', '2020-11: 3; 2024-11: 5; 2028-11: 7'))
  })
})

// Beyond the RFC's examples. Wall times are in the rule's zone; `Z` values are instants.

interface Edge {
  readonly name: string
  readonly recurrence: Recurrence
  readonly window: readonly [string, string]
  readonly options?: ExpandOptions
  /** Wall times in the rule's zone (`YYYY-MM-DDTHH:MM`) or instants (`…Z`). */
  readonly expected: readonly string[]
}

function zoneOf(recurrence: Recurrence): string {
  if (recurrence.timeZone !== undefined) return recurrence.timeZone
  const tzid = /TZID=([^:;]+)/.exec(typeof recurrence.rrule === 'string' ? recurrence.rrule : '')
  return tzid?.[1] ?? 'UTC'
}

const EDGES: readonly Edge[] = [
  // DST gaps: the wall time moves forward by the gap (Temporal's 'compatible'), or is skipped.
  {
    name: 'New York, daily 02:15 across the spring-forward gap: moved to 03:15 EDT',
    recurrence: { dtstart: '2024-03-09T02:15', timeZone: NEW_YORK, rrule: 'FREQ=DAILY;COUNT=3' },
    window: ['2024-03-01', '2024-04-01'],
    expected: ['2024-03-09T02:15', '2024-03-10T03:15', '2024-03-11T02:15'],
  },
  {
    name: 'New York, daily 02:15 with skipNonexistent: the gap day is skipped and not counted',
    recurrence: { dtstart: '2024-03-09T02:15', timeZone: NEW_YORK, rrule: 'FREQ=DAILY;COUNT=3' },
    window: ['2024-03-01', '2024-04-01'],
    options: { skipNonexistent: true },
    expected: ['2024-03-09T02:15', '2024-03-11T02:15', '2024-03-12T02:15'],
  },
  {
    name: 'London, daily 01:15 across the gap: moved to 02:15 BST (01:15Z)',
    recurrence: { dtstart: '2024-03-30T01:15', timeZone: 'Europe/London', rrule: 'FREQ=DAILY;COUNT=3' },
    window: ['2024-03-01', '2024-04-10'],
    expected: ['2024-03-30T01:15', '2024-03-31T02:15', '2024-04-01T01:15'],
  },
  {
    name: 'London, daily 01:15 with skipNonexistent',
    recurrence: { dtstart: '2024-03-30T01:15', timeZone: 'Europe/London', rrule: 'FREQ=DAILY' },
    window: ['2024-03-30', '2024-04-02'],
    options: { skipNonexistent: true },
    expected: ['2024-03-30T01:15', '2024-04-01T01:15'],
  },
  {
    name: 'Lord Howe, daily 02:15 across the 30-minute gap: moved to 02:45',
    recurrence: { dtstart: '2024-10-05T02:15', timeZone: 'Australia/Lord_Howe', rrule: 'FREQ=DAILY;COUNT=3' },
    window: ['2024-10-01', '2024-11-01'],
    expected: ['2024-10-05T02:15', '2024-10-06T02:45', '2024-10-07T02:15'],
  },
  {
    name: 'Lord Howe, daily 02:15 with skipNonexistent',
    recurrence: { dtstart: '2024-10-05T02:15', timeZone: 'Australia/Lord_Howe', rrule: 'FREQ=DAILY;COUNT=3' },
    window: ['2024-10-01', '2024-11-01'],
    options: { skipNonexistent: true },
    expected: ['2024-10-05T02:15', '2024-10-07T02:15', '2024-10-08T02:15'],
  },
  // DST folds: the earlier instant, once.
  {
    name: 'New York, daily 01:30 through the fall-back fold: 01:30 EDT once',
    recurrence: { dtstart: '2024-11-02T01:30', timeZone: NEW_YORK, rrule: 'FREQ=DAILY;COUNT=3' },
    window: ['2024-11-01', '2024-12-01'],
    expected: ['2024-11-02T05:30Z', '2024-11-03T05:30Z', '2024-11-04T06:30Z'],
  },
  {
    name: 'London, daily 01:30 through the fold: 01:30 BST once',
    recurrence: { dtstart: '2024-10-26T01:30', timeZone: 'Europe/London', rrule: 'FREQ=DAILY;COUNT=3' },
    window: ['2024-10-01', '2024-11-01'],
    expected: ['2024-10-26T00:30Z', '2024-10-27T00:30Z', '2024-10-28T01:30Z'],
  },
  {
    name: 'Lord Howe, daily 01:45 through the 30-minute fold: +11:00 once',
    recurrence: { dtstart: '2024-04-06T01:45', timeZone: 'Australia/Lord_Howe', rrule: 'FREQ=DAILY;COUNT=3' },
    window: ['2024-04-01', '2024-05-01'],
    expected: ['2024-04-05T14:45Z', '2024-04-06T14:45Z', '2024-04-07T15:15Z'],
  },
  {
    name: 'Lord Howe, the same in a window that starts inside the fold after the earlier instant: nothing that day',
    recurrence: { dtstart: '2024-04-06T01:45', timeZone: 'Australia/Lord_Howe', rrule: 'FREQ=DAILY;COUNT=3' },
    window: ['2024-04-06T14:50:00Z', '2024-05-01'],
    expected: ['2024-04-07T15:15Z'],
  },
  // Midnight DST: Santiago's 2022-09-11 starts at 01:00.
  {
    name: 'Santiago, daily 00:00 on the day that starts at 01:00',
    recurrence: { dtstart: '2022-09-10T00:00', timeZone: 'America/Santiago', rrule: 'FREQ=DAILY;COUNT=3' },
    window: ['2022-09-01', '2022-10-01'],
    expected: ['2022-09-10T00:00', '2022-09-11T01:00', '2022-09-12T00:00'],
  },
  // Samoa skipped 2011-12-30: its 09:00 moves forward by the 24-hour gap onto 12-31 09:00,
  // which is also the next day's occurrence: one instant, once.
  {
    name: 'Apia, daily 09:00 across the missing 2011-12-30: 12-31 once',
    recurrence: { dtstart: '2011-12-28T09:00', timeZone: 'Pacific/Apia', rrule: 'FREQ=DAILY' },
    window: ['2011-12-27', '2012-01-02'],
    // The window ends 2012-01-02T00:00Z, 14:00 local: 2012-01-02T09:00 (+14:00) is inside.
    expected: [
      '2011-12-28T09:00',
      '2011-12-29T09:00',
      '2011-12-31T09:00',
      '2012-01-01T09:00',
      '2012-01-02T09:00',
    ],
  },
  {
    // Pinned: COUNT counts generated occurrences (12-30, moved, is one) before duplicates merge,
    // so COUNT=4 gives three instants here; skipNonexistent gives four.
    name: 'Apia, daily 09:00 COUNT=4 across the missing day: the moved 12-30 counts, then merges with 12-31',
    recurrence: { dtstart: '2011-12-28T09:00', timeZone: 'Pacific/Apia', rrule: 'FREQ=DAILY;COUNT=4' },
    window: ['2011-12-27', '2012-01-10'],
    expected: ['2011-12-28T09:00', '2011-12-29T09:00', '2011-12-31T09:00'],
  },
  {
    name: 'Apia, daily 09:00 COUNT=4 with skipNonexistent: the missing day is skipped and not counted',
    recurrence: { dtstart: '2011-12-28T09:00', timeZone: 'Pacific/Apia', rrule: 'FREQ=DAILY;COUNT=4' },
    window: ['2011-12-27', '2012-01-10'],
    options: { skipNonexistent: true },
    expected: ['2011-12-28T09:00', '2011-12-29T09:00', '2011-12-31T09:00', '2012-01-01T09:00'],
  },
  // WKST with INTERVAL=2 (beyond the RFC's August 1997 pair).
  {
    name: 'WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=MO from a Tuesday',
    recurrence: {
      dtstart: '2024-01-02T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;COUNT=4;WKST=MO',
    },
    window: ['2024-01-01', '2024-03-01'],
    expected: ['2024-01-02T09:00', '2024-01-07T09:00', '2024-01-16T09:00', '2024-01-21T09:00'],
  },
  {
    name: 'WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU from a Tuesday: the Sunday before DTSTART is not an occurrence',
    recurrence: {
      dtstart: '2024-01-02T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;COUNT=4;WKST=SU',
    },
    window: ['2023-12-01', '2024-03-01'],
    expected: ['2024-01-02T09:00', '2024-01-14T09:00', '2024-01-16T09:00', '2024-01-28T09:00'],
  },
  {
    name: 'WEEKLY;INTERVAL=2;WKST=SU without COUNT, window a year later: the same weeks as walking',
    recurrence: {
      dtstart: '2024-01-02T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU',
    },
    window: ['2025-01-01', '2025-01-20'],
    // Weeks from Sun 2023-12-31 in steps of 14 days: ... 2024-12-29, 2025-01-12.
    expected: ['2025-01-12T09:00', '2025-01-14T09:00'],
  },
  // Negative BYSETPOS.
  {
    name: 'The last weekday of the month (BYSETPOS=-1)',
    recurrence: {
      dtstart: '2024-01-31T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4',
    },
    window: ['2024-01-01', '2024-06-01'],
    expected: ['2024-01-31T09:00', '2024-02-29T09:00', '2024-03-29T09:00', '2024-04-30T09:00'],
  },
  {
    name: 'The first and last weekday of the month (BYSETPOS=1,-1)',
    recurrence: {
      dtstart: '2024-01-01T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1;COUNT=4',
    },
    window: ['2024-01-01', '2024-06-01'],
    expected: ['2024-01-01T09:00', '2024-01-31T09:00', '2024-02-01T09:00', '2024-02-29T09:00'],
  },
  {
    name: 'The last Friday of the year (YEARLY;BYSETPOS=-1 over the whole year)',
    recurrence: {
      dtstart: '2024-01-01T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=YEARLY;BYDAY=FR;BYSETPOS=-1;COUNT=2',
    },
    window: ['2024-01-01', '2027-01-01'],
    expected: ['2024-12-27T09:00', '2025-12-26T09:00'],
  },
  {
    name: "The last of the day's times (DAILY;BYHOUR=9,12,17;BYSETPOS=-1)",
    recurrence: {
      dtstart: '2024-01-01T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=DAILY;BYHOUR=9,12,17;BYSETPOS=-1;COUNT=2',
    },
    window: ['2024-01-01', '2024-02-01'],
    expected: ['2024-01-01T17:00', '2024-01-02T17:00'],
  },
  // UNTIL is inclusive, to the second, compared as an instant.
  {
    name: 'UNTIL exactly at an occurrence (09:00 EST = 14:00Z) includes it',
    recurrence: {
      dtstart: '2024-01-01T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=DAILY;UNTIL=20240105T140000Z',
    },
    window: ['2024-01-01', '2024-02-01'],
    expected: days('09:00', '2024-01: 1-5'),
  },
  {
    name: 'UNTIL one second before an occurrence excludes it',
    recurrence: {
      dtstart: '2024-01-01T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=DAILY;UNTIL=20240105T135959Z',
    },
    window: ['2024-01-01', '2024-02-01'],
    expected: days('09:00', '2024-01: 1-4'),
  },
  {
    name: 'an occurrence one second after UNTIL is excluded',
    recurrence: {
      dtstart: '2024-01-01T09:00:01',
      timeZone: NEW_YORK,
      rrule: 'FREQ=DAILY;UNTIL=20240105T140000Z',
    },
    window: ['2024-01-01', '2024-02-01'],
    expected: days('09:00:01', '2024-01: 1-4'),
  },
  {
    name: 'a date UNTIL means through that local date',
    recurrence: { dtstart: '2024-01-01T23:30', timeZone: NEW_YORK, rrule: 'FREQ=DAILY;UNTIL=20240105' },
    window: ['2024-01-01', '2024-02-01'],
    expected: days('23:30', '2024-01: 1-5'),
  },
  {
    name: "a floating UNTIL is a wall time in the rule's zone, inclusive",
    recurrence: {
      dtstart: '2024-01-01T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=DAILY;UNTIL=20240105T090000',
    },
    window: ['2024-01-01', '2024-02-01'],
    expected: days('09:00', '2024-01: 1-5'),
  },
  {
    name: 'a floating UNTIL one second before the occurrence excludes it',
    recurrence: {
      dtstart: '2024-01-01T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=DAILY;UNTIL=20240105T085959',
    },
    window: ['2024-01-01', '2024-02-01'],
    expected: days('09:00', '2024-01: 1-4'),
  },
  // COUNT is applied before EXDATE.
  {
    name: 'COUNT=5 with one EXDATE gives 4',
    recurrence: {
      dtstart: '2024-01-01T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=DAILY;COUNT=5',
      exdates: ['2024-01-03T09:00'],
    },
    window: ['2024-01-01', '2024-02-01'],
    expected: days('09:00', '2024-01: 1,2,4,5'),
  },
  {
    name: 'an EXDATE given as a date removes that local date',
    recurrence: {
      dtstart: '2024-01-01T09:00',
      timeZone: NEW_YORK,
      rrule: 'FREQ=DAILY;COUNT=5',
      exdates: ['2024-01-02'],
    },
    window: ['2024-01-01', '2024-02-01'],
    expected: days('09:00', '2024-01: 1,3,4,5'),
  },
  // February 29: only leap years, never clamped to the 28th (2100 is not a leap year).
  {
    name: 'yearly on February 29: leap years only',
    recurrence: { dtstart: '2024-02-29T09:00', timeZone: NEW_YORK, rrule: 'FREQ=YEARLY;COUNT=3' },
    window: ['2024-01-01', '2033-06-01'],
    expected: ['2024-02-29T09:00', '2028-02-29T09:00', '2032-02-29T09:00'],
  },
  {
    name: 'yearly on February 29 across 2100 (not a leap year)',
    recurrence: { dtstart: '2096-02-29T09:00', timeZone: NEW_YORK, rrule: 'FREQ=YEARLY' },
    window: ['2096-01-01', '2105-01-01'],
    expected: ['2096-02-29T09:00', '2104-02-29T09:00'],
  },
  {
    name: 'monthly on the 31st: months without one are skipped, never clamped',
    recurrence: { dtstart: '2024-01-31T09:00', timeZone: NEW_YORK, rrule: 'FREQ=MONTHLY;COUNT=4' },
    window: ['2024-01-01', '2025-01-01'],
    expected: ['2024-01-31T09:00', '2024-03-31T09:00', '2024-05-31T09:00', '2024-07-31T09:00'],
  },
  // DTSTART is an occurrence only when the rule yields it, unless includeStart.
  {
    name: 'DTSTART on a Tuesday, weekly on Mondays: DTSTART is not an occurrence',
    recurrence: { dtstart: '2024-01-02T09:00', timeZone: NEW_YORK, rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2' },
    window: ['2024-01-01', '2024-02-01'],
    expected: ['2024-01-08T09:00', '2024-01-15T09:00'],
  },
  {
    name: 'the same with includeStart: DTSTART counts as the first of COUNT',
    recurrence: { dtstart: '2024-01-02T09:00', timeZone: NEW_YORK, rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2' },
    window: ['2024-01-01', '2024-02-01'],
    options: { includeStart: true },
    expected: ['2024-01-02T09:00', '2024-01-08T09:00'],
  },
  // Vendor text: several iCalendar lines, EXDATE in UTC and with a TZID.
  {
    name: 'DTSTART;TZID, RRULE and EXDATE lines (Z and TZID forms), LF line ends',
    recurrence: {
      rrule: [
        'DTSTART;TZID=America/New_York:20240304T090000',
        'RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6',
        'EXDATE:20240306T140000Z',
        'EXDATE;TZID=America/New_York:20240311T090000',
      ].join('\n'),
    },
    window: ['2024-03-01', '2024-04-01'],
    expected: ['2024-03-04T09:00', '2024-03-13T09:00', '2024-03-18T09:00', '2024-03-20T09:00'],
  },
  {
    name: 'EXDATE with several values on one line, CRLF line ends, and an RDATE',
    recurrence: {
      rrule: [
        'DTSTART;TZID=Europe/London:20240325T170000',
        'RRULE:FREQ=DAILY;COUNT=5',
        'EXDATE;TZID=Europe/London:20240326T170000,20240328T170000',
        'RDATE;TZID=Europe/London:20240330T120000',
      ].join('\r\n'),
    },
    window: ['2024-03-01', '2024-04-01'],
    expected: ['2024-03-25T17:00', '2024-03-27T17:00', '2024-03-29T17:00', '2024-03-30T12:00'],
  },
  {
    name: 'an EXDATE in UTC that misses the instant by an hour (09:00 EDT is 13:00Z) removes nothing',
    recurrence: {
      rrule:
        'DTSTART;TZID=America/New_York:20240311T090000\nRRULE:FREQ=DAILY;COUNT=2\nEXDATE:20240311T140000Z',
    },
    window: ['2024-03-01', '2024-04-01'],
    expected: ['2024-03-11T09:00', '2024-03-12T09:00'],
  },
  // LeadConnector style: the rule without DTSTART; DTSTART an ISO instant with an offset.
  {
    name: 'rrule without DTSTART, dtstart as an ISO instant with offset, repeating in the zone',
    recurrence: {
      rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3',
      dtstart: '2024-03-04T09:00:00-05:00',
      timeZone: NEW_YORK,
    },
    window: ['2024-03-01', '2024-04-01'],
    expected: ['2024-03-04T09:00', '2024-03-11T09:00', '2024-03-18T09:00'],
  },
  {
    name: 'dtstart as an ISO instant in UTC with milliseconds',
    recurrence: {
      rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=3',
      dtstart: '2024-03-04T14:00:00.000Z',
      timeZone: NEW_YORK,
    },
    window: ['2024-03-01', '2024-04-01'],
    expected: ['2024-03-04T09:00', '2024-03-11T09:00', '2024-03-18T09:00'],
  },
  // A rule that can never match ends at once.
  {
    name: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30 with COUNT: nothing, quickly',
    recurrence: {
      dtstart: '2024-01-01T09:00',
      timeZone: 'UTC',
      rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3',
    },
    window: ['2024-01-01', '2030-01-01'],
    expected: [],
  },
]

function instantOf(text: string): number {
  return text.length === 10 ? utc(text) : Date.parse(text)
}

describe('zone and calendar edges', () => {
  it.each(EDGES.map((edge) => [edge.name, edge] as const))('%s', (_, edge) => {
    const zone = zoneOf(edge.recurrence)
    const instants = expand(
      edge.recurrence,
      { start: instantOf(edge.window[0]), end: instantOf(edge.window[1]) },
      edge.options,
    )
    const shown = instants.map((instant, i) =>
      edge.expected[i]?.endsWith('Z')
        ? `${new Date(instant).toISOString().slice(0, 16)}Z`
        : wallOf(instant, zone),
    )
    expect(shown).toEqual(edge.expected)
  })

  it('a rule that can never match, without COUNT, over a long window: nothing', () => {
    expect(
      expand(
        { dtstart: '2024-01-01T09:00', timeZone: 'UTC', rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30' },
        { start: Date.UTC(2024, 0, 1), end: Date.UTC(2034, 0, 1) },
      ),
    ).toEqual([])
  })
})
