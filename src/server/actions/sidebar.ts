/** `Mở bảng điều khiển`: opens the sidebar (dist/sidebar.html, JS and CSS inlined). */
import { MSG } from '../../core/messages';

export function showSidebarAction(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(MSG.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}
