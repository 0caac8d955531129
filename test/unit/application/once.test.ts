import { describe, expect, it, vi } from 'vitest';
import { once } from '../../../shared/application/once.js';

describe('Function: once', () => {
  it('reads once however often it is asked, concurrently or later', async () => {
    // Arrange
    const read = vi.fn(async () => ({ program: 'jifen' }));
    const cached = once(read);

    // Act
    const answers = await Promise.all([cached(), cached()]);
    const later = await cached();

    // Assert
    expect(read).toHaveBeenCalledTimes(1);
    expect(answers[0]).toBe(answers[1]);
    expect(later).toBe(answers[0]);
  });

  it('reads again after a failed read, so one throttled read does not poison the retries', async () => {
    // Arrange
    const read = vi.fn().mockRejectedValueOnce(new Error('throttled')).mockResolvedValueOnce('config');
    const cached = once(read);

    // Act
    const first = cached();
    await expect(first).rejects.toThrow('throttled');
    const second = await cached();

    // Assert
    expect(second).toBe('config');
    expect(read).toHaveBeenCalledTimes(2);
  });
});
