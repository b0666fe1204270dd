// Menus made of <details> (the "Other formats" download menu, the track menu) close on Esc and on a click or
// focus outside them, as menus do; Esc gives the focus back to the menu's own button.

export function closeMenusOnEscAndOutside(selector = 'details.download-menu, details.track-menu') {
  const open = () => [...document.querySelectorAll(selector)].filter((d) => d.open);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const menu of open()) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
  const outside = (e) => {
    for (const menu of open()) if (!menu.contains(e.target)) menu.open = false;
  };
  document.addEventListener('pointerdown', outside);
  document.addEventListener('focusin', outside);
}
