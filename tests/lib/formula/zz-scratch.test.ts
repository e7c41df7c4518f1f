import { it } from 'vitest';
import { compileActivation, toPyTorch, toJax, toRegistryEntry, parseFormula, FORMULA_PRESETS } from '../../../src/lib/formula';
it('scratch', () => {
  const r = compileActivation('x * sigmoid(x)');
  if (!r.ok) throw new Error(r.error.message);
  const a = r.value;
  console.log(a.f(1, {}), a.df(1, {}), a.d2f(1, {}), a.tex, JSON.stringify(a.properties), a.derivativeCheck, a.nonFinite);
  for (const s of ['2^3^2', '-x^2', '2x', 'tan(x)', '(x', 'x)', 'x +', 'exp(exp(x))', 'log(x)', '1/x', 'constructor', '__proto__', 'x.constructor', 'alert(1)', '1e309', 'х', '１', '', 'x < 1', 'if(x<0, -x, x^2)', 'max(x)', 'x ** 2', 'sqrt(x)', '1/(x-0.1)', 'sin(x)/x', 'relu(x)^2', 'step(x)', 'abs(x)']) {
    const c = compileActivation(s);
    console.log(JSON.stringify(s), c.ok ? `${c.value.tex} | f(2)=${c.value.f(2, {})} f'(2)=${c.value.df(2, {})} | ${c.value.properties.rangeText} cont=${c.value.properties.continuity} kinks=${JSON.stringify(c.value.properties.kinks.map(k=>[k.x,k.derivative]))} nonfinite=${JSON.stringify(c.value.nonFinite)} check=${JSON.stringify(c.value.derivativeCheck)}` : JSON.stringify(c.error));
  }
  const s = compileActivation('x * sigmoid(b * x)', 'b in [0, 5] = 1');
  if (!s.ok) throw new Error(s.error.message);
  const src = { source: s.value.source, tree: s.value.tree, params: s.value.paramDeclarations, name: 'Swish-β' };
  console.log(toPyTorch(src)); console.log(toJax(src)); console.log(toRegistryEntry({ ...src, id: 'swish-beta', properties: s.value.properties, tex: s.value.tex }));
  for (const p of FORMULA_PRESETS) { const c = compileActivation(p.source, p.declarations); console.log(p.id, c.ok ? c.value.tex + ' ' + JSON.stringify(c.value.properties) : c.error); }
});
