import { createAnswerStore, sizeOf } from './answer-store';

const answer = (text: string) => ({ text });

describe('answer store', () => {
  it('keeps what readers ask for again while a flood of one-off keys passes through', () => {
    const store = createAnswerStore({ maxBytes: 200_000, maxEntries: 1000 }, (v: { text: string }) =>
      sizeOf(v.text),
    );
    store.set('hot', answer('h'.repeat(1000)));
    expect(store.get('hot')).toBeDefined(); // asked for twice: protected
    for (let i = 0; i < 50_000; i++) store.set(`junk-${i}`, answer(`junk ${i} ${'x'.repeat(200)}`));
    expect(store.get('hot')?.text).toHaveLength(1000);
    expect(store.stats().bytes).toBeLessThanOrEqual(200_000);
    expect(store.stats().entries).toBeLessThanOrEqual(1000);
  });

  it('keeps an answer asked for now and then, while large one-off answers stream past', () => {
    const store = createAnswerStore({ maxBytes: 4_000_000, maxEntries: 5000 }, (v: { text: string }) =>
      sizeOf(v.text),
    );
    let hits = 0;
    for (let i = 0; i < 5000; i++) {
      if (i % 250 === 0) {
        if (store.get('hot')) hits += 1;
        else store.set('hot', answer('hot'));
      }
      store.set(`big-${i}`, answer('b'.repeat(150_000)));
    }
    // Missed twice (first request, and once more before it was known to be hot), then always there.
    expect(hits).toBe(18);
    expect(store.stats().bytes).toBeLessThanOrEqual(4_000_000);
  });

  it('is bounded in bytes, whatever the number of entries', () => {
    const store = createAnswerStore({ maxBytes: 1_000_000, maxEntries: 100_000 }, (v: { text: string }) =>
      sizeOf(v.text),
    );
    for (let i = 0; i < 2000; i++) store.set(`big-${i}`, answer('y'.repeat(100_000)));
    expect(store.stats().bytes).toBeLessThanOrEqual(1_000_000);
    expect(store.stats().entries).toBeLessThan(10);
  });

  it('does not keep an answer larger than its share of the budget', () => {
    const store = createAnswerStore({ maxBytes: 10_000, maxEntries: 10 }, (v: { text: string }) =>
      sizeOf(v.text),
    );
    store.set('huge', answer('z'.repeat(100_000)));
    expect(store.get('huge')).toBeUndefined();
  });
});
