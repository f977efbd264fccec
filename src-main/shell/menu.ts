import { Menu } from 'electron';
import { appMenuTemplate, type MenuActions } from '../core/common/menu-template';

export function installAppMenu(actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(actions)));
}
