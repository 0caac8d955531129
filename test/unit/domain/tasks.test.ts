import { describe, expect, it } from 'vitest';
import { TaskLimitReachedError, TaskNotActiveError } from '../../../shared/domain/errors.js';
import {
  admitCompletion,
  badgesAwarded,
  periodKey,
  setsCompleted,
  type Badge,
  type Task,
} from '../../../shared/domain/tasks.js';

const task: Task = {
  taskId: 'eco-quiz',
  name: 'Eco questionnaire',
  conditions: 'Answer every question.',
  points: 20,
  balance: 'green',
  limit: { count: 2, per: 'week' },
  co2eGrams: 150,
  methodology: 'jifen-eco v1',
  startsAt: '2027-07-01T00:00:00Z',
  endsAt: '2027-08-01T00:00:00Z',
  active: true,
};
const badge = (badgeId: string, taskId: string, completions: number): Badge => ({
  badgeId,
  name: badgeId,
  conditions: 'c',
  taskId,
  completions,
});

describe('Module: tasks', () => {
  it('names the limit period: the UTC day, the ISO week from Monday 00:00 UTC, the UTC month, or ever', () => {
    const sunday = new Date('2027-07-04T23:59:59.999Z');
    const monday = new Date('2027-07-05T00:00:00.000Z');
    expect(periodKey('day', sunday)).toBe('2027-07-04');
    expect(periodKey('week', sunday)).toBe('W2027-06-28');
    expect(periodKey('week', monday)).toBe('W2027-07-05');
    expect(periodKey('week', new Date('2027-01-01T12:00:00Z'))).toBe('W2026-12-28');
    expect(periodKey('month', monday)).toBe('2027-07');
    expect(periodKey('ever', monday)).toBe('ever');
  });

  it('admits completions up to the limit of the period and starts again in the next one', () => {
    const tuesday = new Date('2027-07-06T10:00:00Z');
    const first = admitCompletion(task, null, tuesday);
    const second = admitCompletion(task, first, tuesday);
    const nextWeek = admitCompletion(task, second, new Date('2027-07-12T00:00:00Z'));

    expect([first, second]).toEqual([
      { period: 'W2027-07-05', inPeriod: 1, ever: 1 },
      { period: 'W2027-07-05', inPeriod: 2, ever: 2 },
    ]);
    expect(() => admitCompletion(task, second, tuesday)).toThrow(TaskLimitReachedError);
    expect(nextWeek).toEqual({ period: 'W2027-07-12', inPeriod: 1, ever: 3 });
  });

  it('refuses a completion outside [startsAt, endsAt) or of an inactive task, before its limit', () => {
    const full = { period: 'W2027-07-26', inPeriod: 2, ever: 9 };
    expect(() => admitCompletion(task, null, new Date('2027-06-30T23:59:59.999Z'))).toThrow(TaskNotActiveError);
    expect(() => admitCompletion(task, full, new Date('2027-08-01T00:00:00.000Z'))).toThrow(TaskNotActiveError);
    expect(() => admitCompletion({ ...task, active: false }, null, new Date('2027-07-06T10:00:00Z'))).toThrow(
      TaskNotActiveError,
    );
    expect(admitCompletion(task, null, new Date('2027-07-01T00:00:00.000Z')).inPeriod).toBe(1);
  });

  it('awards a badge once, when the ever-count reaches it, including a badge created after earlier completions', () => {
    const badges = [
      badge('first-quiz', 'eco-quiz', 1),
      badge('five-quizzes', 'eco-quiz', 5),
      badge('other', 'training', 1),
    ];
    expect(badgesAwarded(badges, 'eco-quiz', 1, new Set()).map((b) => b.badgeId)).toEqual(['first-quiz']);
    expect(badgesAwarded(badges, 'eco-quiz', 7, new Set(['first-quiz'])).map((b) => b.badgeId)).toEqual([
      'five-quizzes',
    ]);
    expect(badgesAwarded(badges, 'eco-quiz', 8, new Set(['first-quiz', 'five-quizzes']))).toEqual([]);
  });

  it('completes a set once, by the award of its last badge', () => {
    const set = {
      setId: 'green-hero',
      name: 'Green hero',
      conditions: 'c',
      badgeIds: ['quiz', 'training'],
      prizePoints: 500,
    };
    const training = badge('training', 'eco-training', 1);
    expect(setsCompleted([set], new Set(['quiz']), [training], new Set()).map((s) => s.setId)).toEqual(['green-hero']);
    expect(setsCompleted([set], new Set(['quiz']), [], new Set())).toEqual([]);
    expect(setsCompleted([set], new Set(['quiz']), [training], new Set(['green-hero']))).toEqual([]);
  });
});
