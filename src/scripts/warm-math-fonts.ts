/**
 * A post's blocks below the screen are not laid out until the reader nears them
 * (`content-visibility: auto`, global.css), and a browser asks for a font only when it lays out
 * text in it. KaTeX's fonts are `font-display: block`, so without this a formula further down
 * would stay blank while its font downloads as the reader scrolls to it, and print in a fallback
 * font. Once the page has loaded, each block with math is laid out once, a few per idle moment,
 * which is what makes the browser fetch the fonts that math uses; nothing is painted.
 */
/** Work per idle moment: far below the 50 ms that makes a task long, even on a slow phone. */
const SLICE_MS = 8;

type Deadline = Pick<IdleDeadline, 'timeRemaining'>;

/** Where idle callbacks are missing (Safari), a slice every 50 ms stands in; SLICE_MS bounds it. */
const whenIdle: (run: (deadline: Deadline) => void) => void =
  'requestIdleCallback' in window
    ? (run) => requestIdleCallback(run)
    : (run) => setTimeout(() => run({ timeRemaining: () => SLICE_MS }), 50);

/**
 * The first formula of each block that global.css lets the browser skip, bottom up, so that
 * pop() takes them top down. Read from the computed style, so the stylesheet alone says which
 * blocks those are; where it skips none (no `overflow-clip-margin`), every font was fetched at
 * load and there is nothing to do.
 */
function formulasInSkippableBlocks(): Element[] {
  return Array.from(document.querySelectorAll('.prose > *'))
    .filter((block) => getComputedStyle(block).contentVisibility === 'auto')
    .flatMap((block) => block.querySelector('.katex') ?? [])
    .reverse();
}

export function warmMathFonts(): void {
  const layOutSome = (formulas: Element[], deadline: Deadline): void => {
    const end = performance.now() + SLICE_MS;
    // Measuring an element inside a skipped block lays that block out.
    while (formulas.length > 0 && deadline.timeRemaining() > 0 && performance.now() < end) formulas.pop()!.getBoundingClientRect();
    if (formulas.length > 0) whenIdle((next) => layOutSome(formulas, next));
    // Says the fonts are asked for (tests wait on it); `document.fonts.ready` says when they are in.
    else document.documentElement.dataset.mathFonts = 'requested';
  };
  const start = (): void => whenIdle((deadline) => layOutSome(formulasInSkippableBlocks(), deadline));
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
