import { Menu, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

/** A button that opens a menu of the given items (MenuItem elements, or groups of them). */
export function MenuButton({ button, children }: { button: ReactElement; children: ReactNode }) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>{button}</MenuTrigger>
      <MenuPopover>
        <MenuList>{children}</MenuList>
      </MenuPopover>
    </Menu>
  );
}
