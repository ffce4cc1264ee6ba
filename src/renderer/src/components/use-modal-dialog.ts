/**
 * Opens a <dialog> as a modal when `open` turns true and closes it when it turns false — the one
 * effect every dialog of the editor had its own copy of. `onOpen` runs just before the dialog shows
 * (to reset its fields); the latest one is used, so callers need not memoise it.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useModalDialog(dialogRef: RefObject<HTMLDialogElement | null>, open: boolean, onOpen?: () => void): void {
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      onOpenRef.current?.();
      dialog.showModal?.();
    } else if (!open && dialog.open) dialog.close?.();
  }, [dialogRef, open]);
}
