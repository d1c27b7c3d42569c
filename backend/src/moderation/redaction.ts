import { UnprocessableEntityException } from '@nestjs/common';

export const REDACTED = '[entfernt]';

/** Pure: the story with [start, end) replaced by "[entfernt]"; offsets outside the story are a 422. */
export function redactSpan(story: string, start: number, end: number): string {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= story.length)) {
    throw new UnprocessableEntityException(`start and end must mark text inside the story (0 ≤ start < end ≤ ${story.length})`);
  }
  return story.slice(0, start) + REDACTED + story.slice(end);
}
