/**
 * The add-on menu (DESIGN.md §10). `onOpen` may run in AuthMode.NONE, where only the menu
 * may be built: nothing else is touched here.
 */
import { MENU_ITEMS } from '../../core/contract';

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.functionName);
  menu.addToUi();
}
