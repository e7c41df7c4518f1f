/**
 * "Copy as PyTorch / JAX / registry entry": the exporters load as their own chunk on the first
 * click, so the Lab's first JavaScript carries only the parser and the differentiator.
 */
import type { CustomActivation } from '../../lib/formula/activation';

export type ExportKind = 'pytorch' | 'jax' | 'registry';

export const EXPORT_LABELS: Readonly<Record<ExportKind, string>> = {
  pytorch: 'Copy as PyTorch',
  jax: 'Copy as JAX',
  registry: 'Copy as registry entry',
};

/** The code for `activation` in the chosen form. */
export async function exportText(kind: ExportKind, activation: CustomActivation): Promise<string> {
  const source = { source: activation.source, tree: activation.tree, params: activation.paramDeclarations, name: activation.name };
  if (kind === 'registry') {
    const { toRegistryEntry } = await import('../../lib/formula/export-registry');
    return toRegistryEntry({ ...source, id: activation.id, properties: activation.properties, tex: activation.tex });
  }
  const { toPyTorch, toJax } = await import('../../lib/formula/export-python');
  return kind === 'pytorch' ? toPyTorch(source) : toJax(source);
}
