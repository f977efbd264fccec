import type { KeyboardEvent } from 'react';
import { expect, test, vi } from 'vitest';
import { escapeCancels } from '../../../../../src-renderer/shared/forms/escape-cancels';

const keydown = (key: string, isComposing = false) => {
  const preventDefault = vi.fn();
  return { event: { key, nativeEvent: { isComposing }, preventDefault } as unknown as KeyboardEvent, preventDefault };
};

test('Escape cancels the form; other keys, and Escape ending a Korean composition, do not', () => {
  const cancel = vi.fn();
  const handle = escapeCancels(cancel);
  const composing = keydown('Escape', true);
  handle(composing.event);
  handle(keydown('Enter').event);
  expect(cancel).not.toHaveBeenCalled();
  expect(composing.preventDefault).not.toHaveBeenCalled();
  const escape = keydown('Escape');
  handle(escape.event);
  expect(cancel).toHaveBeenCalledTimes(1);
  expect(escape.preventDefault).toHaveBeenCalled();
});
