/**
 * Every number the number-formats facts module offers a post, pinned. The comments say where
 * each comes from (the issue's 6.24 / 8.32 / 17.33 are σ rounded once; float64's 36.74 is σ
 * computed in float64, i.e. every operation rounded; see the module's header).
 */
import { describe, expect, it } from 'vitest';
import { numberFormatFacts } from '../../../src/lib/facts/number-formats';

const PINNED = {
  maxFinite_float64: '1.79769 × 10³⁰⁸',
  maxFinite_float32: '3.40282 × 10³⁸',
  maxFinite_bfloat16: '3.38953 × 10³⁸',
  maxFinite_float16: '65504',
  maxFinite_e4m3: '448',
  maxFinite_e5m2: '57344',
  minSubnormal_float64: '4.94 × 10⁻³²⁴',
  minSubnormal_float32: '1.4 × 10⁻⁴⁵',
  minSubnormal_bfloat16: '9.18 × 10⁻⁴¹',
  minSubnormal_float16: '5.96 × 10⁻⁸',
  minSubnormal_e4m3: '1.95 × 10⁻³',
  minSubnormal_e5m2: '1.53 × 10⁻⁵',
  epsilon_float64: '2.22 × 10⁻¹⁶',
  epsilon_float32: '1.19 × 10⁻⁷',
  epsilon_bfloat16: '7.81 × 10⁻³',
  epsilon_float16: '9.77 × 10⁻⁴',
  epsilon_e4m3: '0.125',
  epsilon_e5m2: '0.25',
  sigmoidOneRoundedOnce_float64: '36.74',
  sigmoidOneRoundedOnce_float32: '17.33',
  sigmoidOneRoundedOnce_bfloat16: '6.24',
  sigmoidOneRoundedOnce_float16: '8.32',
  sigmoidOneRoundedOnce_e4m3: '3.43',
  sigmoidOneRoundedOnce_e5m2: '2.71',
  sigmoidOneRoundedOnceInput_float64: '36.7368',
  sigmoidOneRoundedOnceInput_float32: '17.3287',
  sigmoidOneRoundedOnceInput_bfloat16: '6.25',
  sigmoidOneRoundedOnceInput_float16: '8.32031',
  sigmoidOneRoundedOnceInput_e4m3: '3.5',
  sigmoidOneRoundedOnceInput_e5m2: '3',
  sigmoidOneEveryOp_float64: '36.7368',
  sigmoidOneEveryOp_float32: '16.6355',
  sigmoidOneEveryOp_bfloat16: '5.5625',
  sigmoidOneEveryOp_float16: '7.625',
  sigmoidOneEveryOp_e4m3: '2.75',
  sigmoidOneEveryOp_e5m2: '2',
  sigmoidNaiveSlopeZero_float64: '36.7368',
  sigmoidNaiveSlopeZero_float32: '16.6355',
  sigmoidNaiveSlopeZero_bfloat16: '5.5625',
  sigmoidNaiveSlopeZero_float16: '7.625',
  sigmoidNaiveSlopeZero_e4m3: '2.75',
  sigmoidNaiveSlopeZero_e5m2: '2',
  sigmoidStableSlopeZero_float64: '745.133',
  sigmoidStableSlopeZero_float32: '103.972',
  sigmoidStableSlopeZero_bfloat16: '93',
  sigmoidStableSlopeZero_float16: '17.3438',
  sigmoidStableSlopeZero_e4m3: '7',
  sigmoidStableSlopeZero_e5m2: '12',
  softplusNaiveOverflow_float64: '709.8',
  softplusNaiveOverflow_float32: '88.72',
  softplusNaiveOverflow_bfloat16: '89',
  softplusNaiveOverflow_float16: '11.09',
  softplusNaiveOverflow_e4m3: '6.5',
  softplusNaiveOverflow_e5m2: '12',
  tanhNaiveNaN_float64: '709.8',
  tanhNaiveNaN_float32: '88.72',
  tanhNaiveNaN_bfloat16: '89',
  tanhNaiveNaN_float16: '11.09',
  tanhNaiveNaN_e4m3: '6.5',
  tanhNaiveNaN_e5m2: '12',
  sigmoidNaiveZero_float16: '−11.09',
  sigmoidNaiveZero_bfloat16: '−89',
  sigmoidNaiveZero_float32: '−88.72',
  sigmoidNaiveNaN_e4m3: '−6.5',
  geluGapAt: '2.7',
  geluGap: '4.7 × 10⁻⁴',
  geluGapFloat16Ulps: '0.24',
  geluGapFloat32Ulps: '1980',
  geluGapBelowUlpFormats: 'bfloat16, float16, float8 E4M3, float8 E5M2',
  geluFloat16DisagreementShare: '10%',
};

describe('number-format facts', () => {
  it('are the pinned values', () => {
    expect(numberFormatFacts).toEqual(PINNED);
  });

  it('match the numbers the precision issue quotes', () => {
    expect(numberFormatFacts.sigmoidOneRoundedOnce_bfloat16).toBe('6.24');
    expect(numberFormatFacts.sigmoidOneRoundedOnce_float16).toBe('8.32');
    expect(numberFormatFacts.sigmoidOneRoundedOnce_float32).toBe('17.33');
    expect(numberFormatFacts.sigmoidOneEveryOp_float64).toBe('36.7368');
    expect(numberFormatFacts.softplusNaiveOverflow_float16).toBe('11.09');
    expect(numberFormatFacts.maxFinite_e4m3).toBe('448');
  });
});
