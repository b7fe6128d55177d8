// Evidence a reader can trust: sentences naming both ends of a fact come first (and alone
// when any exist), denials never count, names are marked.
import { describe, expect, it } from 'vitest';
import { denies, marked, namesFor, preferBoth, trustworthy } from '../../src/query/evidence.js';

const redHat = namesFor({ name: 'Red Hat', type: 'Organization' });
const jeremy = namesFor({ name: 'Jeremy Fitzhardinge', type: 'Person' });
const pvops = namesFor({ name: 'PVOps', aliases: ['pvops kernels'], type: 'Project' });

describe('evidence', () => {
  it('reads a person by full name or surname', () => {
    expect(jeremy).toEqual(['Jeremy Fitzhardinge', 'Fitzhardinge']);
  });

  it('never takes a denial as proof ("didn\'t have much to do with Red Hat")', () => {
    expect(denies("His talk didn't have much to do with Red Hat at all.", redHat)).toBe(true);
    expect(denies('He talked about Red Hat and its customers.', redHat)).toBe(false);
  });

  it('keeps only sentences naming both ends when any do, best first', () => {
    const items = [
      { sentence: 'Konrad Wilk talked about PVOps.' },
      { sentence: 'Fitzhardinge walked through the PVOps work.' },
      { sentence: 'Jeremy Fitzhardinge joined later.' },
    ];
    expect(trustworthy(items, jeremy, pvops).map((i) => i.sentence)).toEqual([
      'Fitzhardinge walked through the PVOps work.',
    ]);
  });

  it('keeps the best it has when no sentence names both, but never a denial', () => {
    const items = [{ sentence: 'He covered pvops kernels in depth.' }, { sentence: 'It was not about PVOps really.' }];
    expect(trustworthy(items, jeremy, pvops).map((i) => i.sentence)).toEqual(['He covered pvops kernels in depth.']);
  });

  it("takes its post's sentence naming both ends over one about someone else, and leaves denials be", async () => {
    const text =
      'Konrad Wilk talked about PVOps. Later Jeremy Fitzhardinge showed the PVOps work in dom0. It was not about PVOps, said Fitzhardinge.';
    const textOf = async (post: string) => (post === 'post:a' ? text : '');
    const items = [
      { post: 'post:a', sentence: 'Konrad Wilk talked about PVOps.' },
      { post: 'post:b', sentence: 'Konrad Wilk talked about PVOps.' },
      { post: 'post:a', sentence: 'It was not about PVOps, said Fitzhardinge.' },
    ];
    expect((await preferBoth(items, jeremy, pvops, textOf)).map((i) => i.sentence)).toEqual([
      'Later Jeremy Fitzhardinge showed the PVOps work in dom0.',
      'Konrad Wilk talked about PVOps.', // its post has nothing better
      'It was not about PVOps, said Fitzhardinge.',
    ]);
  });

  it('for a sentence naming neither end, takes one of its post naming the person', async () => {
    const xenSummit = namesFor({ name: 'Xen Summit 2010', type: 'Event' });
    const text =
      'I flew out for the Xen Summit. Later in the afternoon, Konrad Wilk talked. Jeremy Fitzhardinge helped Konrad answer questions.';
    const items = [{ post: 'post:a', sentence: 'Later in the afternoon, Konrad Wilk talked.' }];
    expect((await preferBoth(items, jeremy, xenSummit, async () => text))[0]!.sentence).toBe(
      'Jeremy Fitzhardinge helped Konrad answer questions.',
    );
  });

  it('marks both names in the sentence', () => {
    const s = marked('Priya Raman from Red Hat spoke.', ['Priya Raman'], redHat);
    expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual(['Priya Raman', 'Red Hat']);
  });
});
