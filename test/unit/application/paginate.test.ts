import { describe, expect, it } from 'vitest';
import { paginate } from '../../../shared/application/paginate.js';
import { ValidationError } from '../../../shared/domain/errors.js';

const letters = ['a', 'b', 'c', 'd', 'e'];
const cursorFor = (text: string) => Buffer.from(text).toString('base64url');

describe('Function: paginate', () => {
  it('answers the first page and a cursor to the next', () => {
    // Act
    const page = paginate(letters, { limit: 2, cursor: null });

    // Assert
    expect(page.items).toEqual(['a', 'b']);
    expect(page.nextCursor).not.toBeNull();
  });

  it('walks every item exactly once, ending with a null cursor', () => {
    // Arrange
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;

    // Act
    do {
      const page: { items: string[]; nextCursor: string | null } = paginate(letters, { limit: 2, cursor });
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);

    // Assert
    expect(seen).toEqual(letters);
    expect(pages).toBe(3);
  });

  it('has no next cursor when the page ends exactly at the last item', () => {
    // Act
    const page = paginate(letters, { limit: 5, cursor: null });

    // Assert
    expect(page).toEqual({ items: letters, nextCursor: null });
  });

  it('answers an empty list with no cursor', () => {
    // Act
    const page = paginate([], { limit: 25, cursor: null });

    // Assert
    expect(page).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['not a number', cursorFor('abc')],
    ['a negative offset', cursorFor('-1')],
    ['empty', ''],
  ])('refuses a cursor that is %s, naming cursor', (_label, cursor) => {
    // Act
    let error: unknown = null;
    try {
      paginate(letters, { limit: 2, cursor });
    } catch (caught) {
      error = caught;
    }

    // Assert
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([{ path: 'cursor', message: expect.any(String) }]);
  });
});
