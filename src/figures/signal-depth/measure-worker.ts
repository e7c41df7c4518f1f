/**
 * Measures SignalDepth's networks off the main thread: a 512-unit, 50-layer network takes
 * seconds to draw and run, and the page must keep answering the sliders meanwhile. One message
 * in, one network's measurement out; the element ends the worker to cancel a stale state.
 */
import type { SignalDepthStart } from './config';
import { measureOne } from './measure';

export interface MeasureRequest {
  readonly key: string;
  readonly state: SignalDepthStart;
  readonly index: number;
}

self.onmessage = (event: MessageEvent<MeasureRequest>) => {
  const { key, state, index } = event.data;
  self.postMessage({ key, index, run: measureOne(state, index) });
};
