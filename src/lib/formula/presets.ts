/** Formulas one click away in the Lab: each is plain data, parsed like anything a reader types. */

export interface FormulaPreset {
  /** Stable id for buttons and tests, e.g. `swish-beta`. */
  readonly id: string;
  readonly name: string;
  /** The formula in x. */
  readonly source: string;
  /** Parameter declarations beside it ('' when there are none). */
  readonly declarations: string;
  /** One sentence on why it is interesting. */
  readonly summary: string;
}

export const FORMULA_PRESETS: readonly FormulaPreset[] = [
  {
    id: 'swish-beta',
    name: 'Swish-β',
    source: 'x * sigmoid(b * x)',
    declarations: 'b in [0, 5] = 1',
    summary: 'SiLU with a gate sharpness b: b = 1 is SiLU, large b approaches ReLU, b = 0 gives x/2.',
  },
  {
    id: 'mish',
    name: 'Mish',
    source: 'x * tanh(softplus(x))',
    declarations: '',
    summary: 'Misra’s smooth, non-monotonic ReLU-like curve with a shallow dip near x ≈ −1.19.',
  },
  {
    id: 'squared-relu',
    name: 'Squared ReLU',
    source: 'relu(x)^2',
    declarations: '',
    summary: 'ReLU squared: its slope is continuous at 0, but its curvature jumps there from 0 to 2.',
  },
  {
    id: 'sine',
    name: 'Sine',
    source: 'sin(x)',
    declarations: '',
    summary: 'Periodic, bounded and zero-centred, but not monotonic: every input has infinitely many twins.',
  },
  {
    id: 'step',
    name: 'Step',
    source: 'step(x)',
    declarations: '',
    summary: 'The perceptron’s threshold: its derivative is 0 everywhere it exists, so gradients carry nothing back.',
  },
  {
    id: 'gelu-tanh',
    name: 'GELU (tanh approximation)',
    source: '0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))',
    declarations: '',
    summary: 'The tanh approximation of GELU used by BERT and GPT-2, within about 10⁻³ of the exact erf form.',
  },
];
