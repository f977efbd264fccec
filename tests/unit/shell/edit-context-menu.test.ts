import { expect, test, vi } from 'vitest';
import { editContextMenu } from '../../../src-main/shell/edit-context-menu';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: true, canDelete: true, canEditRichly: false };
const facts = (over: Partial<Parameters<typeof editContextMenu>[0]> = {}) => ({
  isEditable: true,
  misspelledWord: '',
  dictionarySuggestions: [] as string[],
  selectionText: '',
  editFlags: flags,
  ...over,
});

test('a misspelled word in a text field offers the suggestions, adding it to the dictionary, then editing', () => {
  const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
  const menu = editContextMenu(facts({ misspelledWord: 'feery', dictionarySuggestions: ['ferry', 'fiery'] }), actions);
  expect(menu.map((item) => item.label ?? item.role ?? item.type)).toEqual([
    'ferry',
    'fiery',
    'Add “feery” to Dictionary',
    'separator',
    'cut',
    'copy',
    'paste',
    'separator',
    'selectAll',
  ]);
  (menu[0]!.click as () => void)();
  expect(actions.replaceMisspelling).toHaveBeenCalledWith('ferry');
  (menu[2]!.click as () => void)();
  expect(actions.addToDictionary).toHaveBeenCalledWith('feery');
});

test('no suggestions says so; selected text outside a field can be copied; elsewhere there is no menu', () => {
  const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
  expect(editContextMenu(facts({ misspelledWord: 'zzxq' }), actions)[0]).toEqual({ label: 'No spelling suggestions', enabled: false });
  expect(editContextMenu(facts({ isEditable: false, selectionText: 'The Story:' }), actions)).toEqual([{ role: 'copy', enabled: true }]);
  expect(editContextMenu(facts({ isEditable: false }), actions)).toEqual([]);
});
