import { beforeEach, describe, expect, it } from 'vitest';
import { encodeDataUrl } from '@/lib/data-url';
import { REFUSED_FOR_CONTENT } from '@/lib/messaging/content-inbox';
import { CASE_FILE_FORMAT, parseCaseFile } from '@/lib/model';
import { sampleBody } from '../../factories/case-factory';
import { contentScript, send, startBackground } from '../../factories/background-harness';
import { recordingClients } from '../../factories/store-client';
import { entry, pdfBytes, pdfUrl, refOf, sha256 } from './exhibit-fixtures';

const clients = recordingClients;

describe('case files (DESIGN.md \u00a7 6) stay self-contained', () => {
  it('an exported case file carries each exhibit as a data: URL in `file`; importing it moves the file into the table', async () => {
    const src = await clients('source passphrase long 1');
    const c = await src.client.create({ ...sampleBody(), evidence: [entry('ex1'), entry('ex2')] });
    const bytes = pdfBytes('travels-in-the-case-file', 4096);
    const ref = await src.files.put(c.id, { name: 'notice.pdf', type: 'application/pdf', data: encodeDataUrl(bytes, 'application/pdf') });
    const base = await src.client.get(c.id);
    await src.client.save({ ...base, evidence: base.evidence.map((e) => (e.id === 'ex1' ? { ...e, fileRef: ref } : e)) }, base);

    const file = await src.files.caseFile(await src.client.get(c.id));
    expect(file.format).toBe(CASE_FILE_FORMAT);
    const [withFile, without] = file.case.evidence;
    expect(withFile!.fileRef).toBeUndefined();
    expect(withFile!.file).toBe(encodeDataUrl(bytes, 'application/pdf'));
    expect(without).toEqual(entry('ex2'));
    const parsed = parseCaseFile(JSON.parse(JSON.stringify(file)));
    if (!parsed.ok) throw new Error('not a valid case file');

    const dst = await clients();
    const imported = await dst.client.create(parsed.body);
    const moved = refOf(imported, 'ex1')!;
    expect(moved).toMatchObject({ size: 4096, sha256: await sha256(bytes), type: 'application/pdf' });
    expect(imported.evidence[0]!.file).toBeUndefined();
    const back = await dst.files.get(imported.id, moved.id);
    expect(back.data).toBe(encodeDataUrl(bytes, 'application/pdf'));
  });

  it('a case file too large for one message (100 MB of exhibits is 135 MiB of base64) is sent as the case, then one message a file', async () => {
    const dst = await clients();
    const big = (n: number) => encodeDataUrl(pdfBytes(`big-${n}`, 13 * 1024 * 1024), 'application/pdf');
    const body = { ...sampleBody(), evidence: [entry('ex1', { file: big(1) }), entry('ex2', { file: big(2) }), entry('ex3')] };
    const created = await dst.client.create(body);
    expect(dst.sent.map((m) => m.type)).toEqual(['cases/create', 'exhibits/put', 'exhibits/put', 'cases/save']);
    // No message carried more than one file.
    for (const m of dst.sent) expect(JSON.stringify(m).length).toBeLessThan(19 * 1024 * 1024);
    expect(created.evidence.map((e) => e.fileRef?.size)).toEqual([13 * 1024 * 1024, 13 * 1024 * 1024, undefined]);
    expect(created.evidence.every((e) => e.file === undefined)).toBe(true);
    const stored = await dst.repo.get(created.id);
    expect(stored.evidence.map((e) => e.fileRef?.id)).toEqual(created.evidence.map((e) => e.fileRef?.id));
  });
});

describe('exhibit messages are for extension pages only', () => {
  beforeEach(startBackground);

  it('the side panel puts and gets a file; a content script is refused both and a stranger is ignored', async () => {
    await send({ type: 'vault/continue-plain' });
    const created = (await send({ type: 'cases/create', body: { ...sampleBody(), evidence: [entry('ex1')] } })).data;
    const put = { type: 'exhibits/put', caseId: created.id, name: 'scan.pdf', fileType: 'application/pdf', data: pdfUrl('role-check') };
    expect(await send(put, contentScript('efsp.html', 3))).toEqual({ ok: false, error: REFUSED_FOR_CONTENT });
    const ref = (await send(put)).data;
    expect(ref).toMatchObject({ name: 'scan.pdf', type: 'application/pdf' });
    const get = { type: 'exhibits/get', caseId: created.id, id: ref.id };
    expect(await send(get, contentScript('efsp.html', 3))).toEqual({ ok: false, error: REFUSED_FOR_CONTENT });
    expect(await send(get, { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' })).toBe('(ignored)');
    expect((await send(get)).data).toEqual({ ref, data: pdfUrl('role-check') });
    // A file over the message cap is refused by the protocol before the store sees it.
    const tooLong = await send({ ...put, data: `data:application/pdf;base64,${'A'.repeat(36_000_000)}` });
    expect(tooLong).toMatchObject({ ok: false, error: 'Unknown or malformed message.' });
  });
});
