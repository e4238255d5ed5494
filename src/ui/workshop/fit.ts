/**
 * Shrinks an element's type, through the CSS variable `--fit` (1 down to `min`), until the
 * page fits the window without scrolling either way; again when the window is resized.
 * For the projector, where nobody can scroll. Returns the clean-up.
 */
export function fitToWindow(element: HTMLElement, min = 0.45): () => void {
  const page = document.documentElement;
  const fits = () => page.scrollHeight <= window.innerHeight && page.scrollWidth <= window.innerWidth;
  const fit = () => {
    // Halving the range each time: six layouts at most, whatever the step holds.
    let low = min;
    let high = 1;
    element.style.setProperty('--fit', '1');
    if (fits()) return;
    for (let i = 0; i < 6; i++) {
      const middle = (low + high) / 2;
      element.style.setProperty('--fit', middle.toFixed(3));
      if (fits()) low = middle;
      else high = middle;
    }
    element.style.setProperty('--fit', low.toFixed(3));
  };
  fit();
  window.addEventListener('resize', fit);
  return () => window.removeEventListener('resize', fit);
}
