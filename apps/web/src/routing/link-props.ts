import type { MouseEvent } from 'react';
import { navigate } from './location.ts';

/**
 * Props for an in-app link: a real href (so open-in-new-tab and the keyboard
 * work as usual) whose plain clicks are handled without a page load.
 */
export function linkProps(path: string) {
  return {
    href: path,
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(path);
    },
  };
}
