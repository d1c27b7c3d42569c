import { redactSpan } from './redaction';

describe('redactSpan', () => {
  const story = 'Ruft mich an: 0231 1234567, dann zeige ich euch den See.';
  it('replaces exactly the marked span', () => {
    const start = story.indexOf('0231');
    expect(redactSpan(story, start, start + '0231 1234567'.length)).toBe('Ruft mich an: [entfernt], dann zeige ich euch den See.');
  });
  it.each([[-1, 3], [5, 5], [3, 1000], [1.5, 3]])('refuses %d..%d', (start, end) => {
    expect(() => redactSpan(story, start, end)).toThrow(/inside the story/);
  });
});
