/** The close button of a bottom sheet, shown only on a phone (at most 600 px wide). */
export function DrawerClose({ title, onClose }: { title: string; onClose: () => void }) {
  return (
    <button type="button" className="drawer-close" aria-label={title} onClick={onClose}>
      ×
    </button>
  );
}
