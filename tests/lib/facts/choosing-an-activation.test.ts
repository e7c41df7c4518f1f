import { describe, expect, it } from 'vitest';
import {
  choosingActivationFacts as facts,
  firstTrue,
  heGain,
  logSumExp,
  naiveBce,
  naiveSoftmax,
  stableBce,
  torchLinearBound,
} from '../../../src/lib/facts/choosing-an-activation';
import { sigmoid } from '../../../src/lib/activations/numerics';

describe('where a computed sigmoid becomes exactly 0 or 1', () => {
  it('float32: σ rounds to 1 from 25·ln 2 ≈ 17.33 (1 − σ(x) ≈ e^−x drops below half an ulp of 1, 2^−25)', () => {
    expect(facts.roundsToOne32).toBe('17.33');
    expect(25 * Math.LN2).toBeCloseTo(17.3287, 4);
  });

  it('σ underflows to 0 below ≈ −745.1 in float64 and ≈ −103.97 in float32 (e^x below half the smallest subnormal)', () => {
    expect(facts.underflow64).toBe('−745.1');
    expect(facts.underflow32).toBe('−103.97');
    expect(-150 * Math.LN2).toBeCloseTo(-103.97, 2);
  });

  it('firstTrue finds the switch to adjacent doubles', () => {
    const x = firstTrue((v) => v >= Math.PI, 0, 10);
    expect(x).toBe(Math.PI);
  });
});

describe('losses from probabilities and from logits', () => {
  it('naive BCE is infinite where the probability rounds; the logit form is the softplus', () => {
    expect(naiveBce(40, 0)).toBe(Infinity);
    expect(stableBce(40, 0)).toBeCloseTo(40, 12);
    expect(naiveBce(20, 0, Math.fround)).toBe(Infinity);
    expect(naiveBce(20, 0)).toBeCloseTo(20, 6); // float64 still copes at 20
    expect(stableBce(-3, 1)).toBeCloseTo(-Math.log(sigmoid(-3)), 12);
    expect(stableBce(0, 1)).toBeCloseTo(Math.LN2, 15);
  });

  it('naive softmax of (1000, 0) is NaN; log-sum-exp gives cross-entropy 1000', () => {
    expect(naiveSoftmax([1000, 0])[0]).toBeNaN();
    expect(logSumExp([1000, 0])).toBe(1000);
    expect(logSumExp([0, 0])).toBeCloseTo(Math.LN2, 15);
    expect(facts.naiveSoftmaxBig).toBe('NaN');
    expect(facts.naiveBceBig).toBe('∞');
    expect(facts.naiveLogSigmoidHuge).toBe('−∞');
  });
});

describe('initialisation gains', () => {
  it('He: √2 for ReLU, √(2/(1+α²)) for a slope α', () => {
    expect(heGain(0)).toBe(Math.SQRT2);
    expect(heGain(1)).toBe(1);
    expect(heGain(0.25)).toBeCloseTo(Math.sqrt(2 / 1.0625), 15);
  });

  it('nn.Linear’s kaiming_uniform_(a=√5) is U(±1/√fan_in): variance 1/6 of He’s', () => {
    for (const fanIn of [1, 64, 512, 4096]) expect(torchLinearBound(fanIn)).toBeCloseTo(1 / Math.sqrt(fanIn), 14);
    expect(facts.torchLinearVarianceShare).toBe('1/6');
  });
});
