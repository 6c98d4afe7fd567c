// `muqabala align`: beads with confidences, JSON lines with texts and offsets, TSV, blank
// lines kept as empty sentences, and clear errors for files that are not text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBeads, parseBeads } from '../../server/align/beads';
import { alignCommand, locateSentences, presegmentedSentences } from '../../server/commands/align';
import { UserError } from '../../server/commands/io';
import { COUNTED_KINDS } from '../../server/align/pairing';
import { ingestDocument } from '../../server/text/ingest';
import { readSeed } from '../helpers/shared';
import { runCommand } from '../helpers/command';

let dir: string;
const arabic = ['استقبل المدير العام للأمن الوطني السيد عبد اللطيف حموشي رئيس جهاز شرطة الأمم المتحدة يوم 25 نونبر 2025.', 'وعرفت المدينة تعبئة أمنية مكثفة.', 'وأكد السيد شهكار أهمية الكفاءات الشرطية المغربية.'];
const french = ['Le directeur général de la Sûreté nationale, Abdellatif Hammouchi, a reçu le 25 novembre 2025 le chef de la police des Nations unies.', 'Faisal Shahkar a souligné l’importance des compétences policières marocaines.'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-align-'));
  writeFileSync(join(dir, 'ar.txt'), arabic.join('\n') + '\n');
  writeFileSync(join(dir, 'fr.txt'), french.join('\n') + '\n');
  writeFileSync(join(dir, 'fr-blank.txt'), `${french[0]}\n\n${french[1]}\n`);
  writeFileSync(join(dir, 'seed3.txt'), readSeed(3));
  writeFileSync(join(dir, 'seed0.txt'), readSeed(0));
  writeFileSync(join(dir, 'seed1.txt'), readSeed(1));
  writeFileSync(join(dir, 'image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'empty.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): string {
  return runCommand(alignCommand, args.map((a) => (/\.(txt|bin)$/.test(a) ? join(dir, a) : a))).stdout;
}

describe('muqabala align', () => {
  it('prints beads with their confidence as a third field that eval reads back', () => {
    const output = run(['ar.txt', 'fr.txt', '--presegmented', '--src-lang', 'ar', '--tgt-lang', 'fr']);
    const beads = parseBeads(output, 'output');
    expect(output).toMatch(/^\[0\]:\[0\]:[01]\.\d+$/m);
    expect(checkBeads(beads, { srcCount: 3, tgtCount: 2 })).toEqual([]);
    expect(beads[0]).toMatchObject({ src: [0], tgt: [0] });
    expect(beads.flatMap((b) => b.src)).toEqual([0, 1, 2]);
    for (const bead of beads) expect(bead.confidence).toBeDefined();
  });

  it('keeps blank lines as empty sentences so numbers stay line numbers', () => {
    expect(presegmentedSentences('a\n\nb\n').map((s) => s.text)).toEqual(['a', '', 'b']);
    const beads = parseBeads(run(['ar.txt', 'fr-blank.txt', '--presegmented', '--src-lang', 'ar', '--tgt-lang', 'fr']), 'output');
    expect(beads.flatMap((b) => b.tgt).sort()).toEqual([0, 1, 2]);
    expect(beads.find((b) => b.src.includes(2))?.tgt).toEqual([2]);
  });

  it('prints JSON lines with texts and offsets, and TSV', () => {
    const lines = run(['seed3.txt', 'seed0.txt', '--format', 'jsonl']).trim().split('\n').map((l) => JSON.parse(l));
    const text = readSeed(3);
    for (const line of lines) {
      line.src.forEach((_: number, k: number) => expect(text.slice(line.srcOffsets[k][0], line.srcOffsets[k][1])).toBe(line.srcText[k]));
      expect(line.confidence).toBeGreaterThanOrEqual(0);
    }
    const tsv = run(['ar.txt', 'fr.txt', '--presegmented', '--format', 'tsv']).trim().split('\n');
    expect(tsv[0].split('\t')).toEqual([arabic[0], french[0], expect.stringMatching(/^[01]\.\d{4}$/)]);
  });

  it('refuses files that are not text with a clear reason, and reads a legacy code page', () => {
    expect(() => run(['image.bin', 'fr.txt'])).toThrow(UserError);
    expect(() => run(['image.bin', 'fr.txt'])).toThrow(/image\.bin: this is a PNG image, not plain text/);
    expect(run(['ar.txt', 'latin1.txt', '--presegmented', '--format', 'tsv'])).toContain('café');
    expect(() => run(['ar.txt', 'empty.txt'])).toThrow(/empty\.txt: the file is empty/);
  });

  it('pairs sentences in any order in comparable mode, leaving unpaired ones out, as beads eval reads', () => {
    writeFileSync(join(dir, 'fr-reversed.txt'), [...french].reverse().join('\n') + '\n');
    const beads = parseBeads(run(['ar.txt', 'fr-reversed.txt', '--mode', 'comparable', '--presegmented']), 'output');
    expect(beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [1]],
      [[2], [0]],
    ]);
    expect(checkBeads(beads, { srcCount: 3, tgtCount: 2, ordered: false })).toEqual([]);
  });

  it('reads a raw report as ingest does: page furniture in no bead, sentences numbered as ingest lists them, offsets into the input', () => {
    const ingested = ingestDocument(readSeed(1)).sentences;
    const furniture = ingested.flatMap((s, k) => (COUNTED_KINDS.has(s.kind) ? [] : [k]));
    expect(ingested.filter((s) => /Mouna Aghlal/.test(s.text))).not.toHaveLength(0); // related articles' bylines
    for (const mode of ['comparable', 'translation']) {
      const beads = parseBeads(run(['seed3.txt', 'seed1.txt', '--mode', mode]), 'output');
      expect(beads.length).toBeGreaterThan(0);
      for (const bead of beads) for (const n of bead.tgt) expect(furniture).not.toContain(n);
      const lines = run(['seed3.txt', 'seed1.txt', '--mode', mode, '--format', 'jsonl']).trim().split('\n').map((l) => JSON.parse(l));
      const text = readSeed(1);
      for (const line of lines) {
        expect(line.tgtText.join(' ')).not.toMatch(/Mouna Aghlal|Loading/);
        line.tgt.forEach((n: number, k: number) => {
          expect(line.tgtText[k]).toBe(ingested[n].text);
          expect(text.slice(line.tgtOffsets[k][0], line.tgtOffsets[k][1])).toBe(line.tgtText[k]);
        });
      }
    }
  });

  // Seed 003 and seed 000 tell the same meeting; 003 also reports the assembly's opening and
  // the city's security measures, which 000 does not. Numbers are ingest's sentence numbers.
  it('aligns the raw seed reports 003 and 000 the way a reader pairs them', () => {
    const arabic = ingestDocument(readSeed(3)).sentences.map((s) => s.text);
    const french = ingestDocument(readSeed(0)).sentences.map((s) => s.text);
    const at = (sentences: string[], start: string): number => sentences.findIndex((text) => text.startsWith(start));
    const received = at(arabic, 'استقبل المدير العام');
    const opening = at(arabic, 'وكانت مدينة مراكش');
    const session = at(arabic, 'وحضر الجلسة الافتتاحية');
    const security = at(arabic, 'وعرفت المدينة تعبئة أمنية');
    const shahkar = at(arabic, 'وأكد السيد شهكار');
    expect([received, opening, session, security, shahkar].every((k) => k >= 0)).toBe(true);
    const beads = parseBeads(run(['seed3.txt', 'seed0.txt']), 'output').map(({ src, tgt }) => `${src.join(',')}:${tgt.join(',')}`);
    const reçu = at(french, 'Le directeur général de la Sûreté nationale et de la Surveillance du territoire, Abdellatif Hammouchi, a reçu');
    const responsable = at(french, 'Le responsable a également insisté');
    expect(beads).toEqual(expect.arrayContaining([`${received}:${reçu},${reçu + 1}`, `${shahkar}:${responsable}`, `${opening}:`, `${session}:`, `${security}:`]));
  });

  it('finds each sentence in the input even where ingest collapsed its blanks', () => {
    const input = 'Titre\n\nLa  93e session\ts’est ouverte. Fin.';
    expect(locateSentences(input, ['Titre', 'La 93e session s’est ouverte.', 'Fin.', 'absent'])).toEqual([[0, 5], [7, 37], [38, 42], null]);
  });
});
