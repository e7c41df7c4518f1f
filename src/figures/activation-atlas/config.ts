/**
 * What an ActivationAtlas is configured with. The atlas is static (no custom element), so this
 * only checks an author's props at build time and fills in defaults.
 */
import { ATLAS_DOMAIN } from './model';
import { assertFiniteInRange, FigurePropError, readFigureId } from '../kit/prop-errors';

export interface AtlasProps {
  /** Unique on the page; namespaces the SVG ids. Default "atlas". */
  id?: string;
  /**
   * Figure id of an `<ActivationExplorer … compare />` on the same page, placed right after the
   * atlas. Each card then links to it with that function selected (`#<explorer>.act=<id>`).
   * Without it the cards have no links.
   */
  explorer?: string;
  /** The x range every card shares. Default [−4, 4]. */
  domain?: readonly [number, number];
}

export interface AtlasConfig {
  readonly id: string;
  readonly explorer: string | null;
  readonly domain: readonly [number, number];
}

const COMPONENT = 'ActivationAtlas';
/** Ids become hash keys (`<id>.act=…`) and element ids: no dots, `&`, `=`, `~` or spaces. */
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function atlasConfig(props: AtlasProps): AtlasConfig {
  const id = readFigureId(COMPONENT, props.id, 'atlas');
  const explorer = props.explorer ?? null;
  if (explorer !== null && !ID_PATTERN.test(explorer)) {
    throw new FigurePropError(
      COMPONENT,
      'explorer',
      `must be the id of an ActivationExplorer (letters, digits, "-" or "_"); got ${JSON.stringify(explorer)}`,
    );
  }
  if (explorer !== null && explorer === id) throw new FigurePropError(COMPONENT, 'explorer', `must differ from the atlas's own id "${id}"`);
  const domain = props.domain ?? ATLAS_DOMAIN;
  assertFiniteInRange(COMPONENT, 'domain[0]', domain[0], -1000, 999);
  assertFiniteInRange(COMPONENT, 'domain[1]', domain[1], domain[0] + 0.001, 1000);
  return { id, explorer, domain: [domain[0], domain[1]] };
}
