/**
 * The Lab's formula layer: parse a reader's formula into a closed syntax tree, compile it to
 * closures with exact f′ and f″ by automatic differentiation, measure it, and export it.
 * Loaded only when a reader opens the formula box (see the size budget in the issue).
 *
 * The language: numbers (`1e-3`, `.5`), `x`, up to two declared parameters, `+ - * / ^`
 * (^ right-associative and tighter than unary minus: `-x^2` = −(x²), `2^3^2` = 512), unary
 * minus, parentheses, `pi`, `e`, the functions in FUNCTION_NAMES, and `if(a < b, then, else)`
 * with < <= > >= == != (comparisons only there). `σ`, `π`, `·`, `×`, `−`, `≤`, `≥`, `≠` are read
 * as their ASCII meaning. No implicit products: `2x` is an error suggesting `2*x`.
 * Parameters are declared in a separate text, one per `;` or line: `b in [0, 5] = 1`.
 * Limits: 200 characters each, parentheses nested at most 32 deep, 2 parameters.
 */
export { compileActivation, DEFAULT_DOMAIN, type CompileError, type CompileOptions, type CustomActivation } from './activation';
export { compileFormula, compileJet, compileValue, valueThenSlope, type CompiledFormula, type Jet, type ValueFunction } from './compile';
export { assertFiniteOn, nonFiniteIntervals, type NonFiniteInterval } from './finite';
export { MAX_FORMULA_LENGTH, MAX_NESTING, MAX_PARAMS, parseDeclarations, parseFormula, type ParamDeclaration } from './parse';
export { DERIVATIVE_TOLERANCE, breakpoints, derivativeCheck, measureProperties, type Breakpoint, type DerivativeCheck } from './properties';
export { FORMULA_PRESETS, type FormulaPreset } from './presets';
export { FUNCTION_NAMES, type FormulaError, type FormulaNode, type Result } from './syntax';
export { formulaTex } from './tex';
export { toJax, toPyTorch, type ExportSource } from './export-python';
export { toRegistryEntry, type RegistryExportSource } from './export-registry';
