// Types only: the menu is built as plain data from the click's facts, so it is testable without Electron.
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

export interface EditMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

type ClickFacts = Pick<ContextMenuParams, 'isEditable' | 'misspelledWord' | 'dictionarySuggestions' | 'selectionText' | 'editFlags'>;

/**
 * The right-click menu in text fields and selected text: the spellchecker's
 * suggestions for a misspelled word (Electron checks as you type but shows them
 * nowhere else), then the usual cut, copy, paste. Empty where there is nothing to offer.
 */
export function editContextMenu(facts: ClickFacts, actions: EditMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (facts.isEditable && facts.misspelledWord) {
    const suggestions = facts.dictionarySuggestions.slice(0, 6);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const word of suggestions) items.push({ label: word, click: () => actions.replaceMisspelling(word) });
    items.push({ label: `Add “${facts.misspelledWord}” to Dictionary`, click: () => actions.addToDictionary(facts.misspelledWord) });
    items.push({ type: 'separator' });
  }
  if (facts.isEditable) {
    items.push(
      { role: 'cut', enabled: facts.editFlags.canCut },
      { role: 'copy', enabled: facts.editFlags.canCopy },
      { role: 'paste', enabled: facts.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: facts.editFlags.canSelectAll },
    );
  } else if (facts.selectionText.trim() !== '') {
    items.push({ role: 'copy', enabled: facts.editFlags.canCopy });
  }
  return items;
}
