import { describe, expect, it } from 'vitest';
import { parseEventsCsv, readEventsCsvStream, type EventsCsvRow } from '@/lib/csv';

const enc = new TextEncoder();

/** The bytes of `text` in pieces of `size` bytes (a multi-byte character may be cut in two). */
async function* byteChunks(text: string, size: number, onNext?: (sent: string) => void): AsyncIterable<Uint8Array> {
  const bytes = enc.encode(text);
  for (let i = 0; i < bytes.length; i += size) {
    onNext?.(new TextDecoder().decode(bytes.subarray(0, i)));
    yield bytes.subarray(i, i + size);
  }
}

async function streamAll(text: string, size: number, batchSize = 3) {
  const rows: EventsCsvRow[] = [];
  const result = await readEventsCsvStream(byteChunks(text, size), batchSize, (batch) => void rows.push(...batch));
  return { rows, result };
}

const SECTIONS = ['647(b)', '11350(a)', '484(a)', '459', '211', '653.22(a)', '148.9(a)'];
/** `n` invented rows, with a quoted description holding a comma, a quote and a line break every so often. */
function intakeCsv(n: number): string {
  const lines = ['id,date,code,section,description,level,disposition,county'];
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const desc = i % 5 === 0 ? `"Count ${i}, ""as charged""\nsecond line"` : `Count ${i}`;
    lines.push(`r${i},2014-03-${day},PC,${SECTIONS[i % SECTIONS.length]},${desc},${i % 3 ? 'M' : 'F'},Convicted,Los Ángeles`);
  }
  return lines.join('\r\n') + '\r\n';
}

describe('readEventsCsvStream', () => {
  it('gives parseEventsCsv\'s rows for every byte chunk size (multi-byte characters cut in two, a BOM)', async () => {
    const text = '\uFEFF' + intakeCsv(12);
    const whole = parseEventsCsv(text);
    expect(whole.errors).toEqual([]);
    const size = enc.encode(text).length;
    for (let chunk = 1; chunk <= size; chunk += chunk < 40 ? 1 : 37) {
      const { rows, result } = await streamAll(text, chunk);
      expect(rows, `chunk ${chunk}`).toEqual(whole.rows);
      expect(result).toEqual({ rows: 12, columns: whole.columns, ignored: [], problems: 0, firstProblem: null });
    }
  });

  it('20,000 rows: no batch is larger than the batch size, and rows are handed on as they are read, not kept', async () => {
    const text = intakeCsv(20_000);
    const batchSize = 250;
    let delivered = 0;
    let largest = 0;
    let worstWaiting = 0;
    // Each time the next chunk is asked for, the rows of the chunks already read have gone out,
    // all but fewer than one batch: the reader holds a batch, never the file.
    const chunks = byteChunks(text, 4096, (sent) => {
      // Rows ended so far: each CRLF followed by a row id, less the header's.
      const complete = Math.max(0, (sent.match(/\r\nr/g) ?? []).length - 1);
      worstWaiting = Math.max(worstWaiting, complete - delivered);
    });
    const result = await readEventsCsvStream(chunks, batchSize, (batch) => {
      largest = Math.max(largest, batch.length);
      delivered += batch.length;
    });
    expect(result.rows).toBe(20_000);
    expect(delivered).toBe(20_000);
    expect(largest).toBe(batchSize);
    expect(worstWaiting).toBeLessThan(batchSize);
  });

  it('checkIds: false (a second read of a checked file) keeps no map of ids and reports no repeats', async () => {
    const text = 'id,section\na,647(b)\na,211\n';
    expect((await streamAll(text, 4)).result.problems).toBe(1);
    const rows: EventsCsvRow[] = [];
    const r = await readEventsCsvStream(byteChunks(text, 4), 10, (b) => void rows.push(...b), { checkIds: false });
    expect(r.problems).toBe(0);
    expect(rows.map((x) => x.event.id)).toEqual(['a', 'a']);
  });

  it('reports the same first problem and count as parseEventsCsv (CSV syntax before row values on a line)', async () => {
    const files = [
      '',
      'id,date\n1,2013-01-01\n',
      'id,date,section,level\na,2013-05-02,647(b),M\nb,2013-13-01,211,F\nc,2013-05-02,211,Q\n',
      'id,section,level\na,"647(b)"x,Q\nb,"211\n",F\n',
      'id,section\n"a\n"x,211\na,1\n"open,1\n',
    ];
    for (const text of files) {
      const whole = parseEventsCsv(text);
      for (const chunk of [1, 5, 1000]) {
        const { result } = await streamAll(text, chunk);
        expect(result.problems, JSON.stringify(text)).toBe(whole.errors.length);
        expect(result.firstProblem, JSON.stringify(text)).toEqual(whole.errors[0] ?? null);
      }
    }
    expect(parseEventsCsv(files[3]!).errors[0]).toEqual({ line: 2, message: 'text after a closing quote (put the whole field in quotes, and double any " inside it)' });
  });
});
