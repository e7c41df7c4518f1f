/**
 * How the Lab's formula reaches the figures beside it: the Lab publishes every formula that
 * compiles, with its parameters fixed at the sliders' values, and a figure configured to follow
 * the Lab takes it into its own state (and so its own hash keys). One module instance per page,
 * shared by the Lab's and the figures' chunks; a figure that wakes up late gets the latest.
 */

/** A formula and its declarations, the declared defaults being the Lab's slider values. */
export interface LabFormula {
  readonly formula: string;
  readonly declarations: string;
}

let latest: LabFormula | null = null;
const followers = new Set<(formula: LabFormula) => void>();

export function publishLabFormula(formula: LabFormula): void {
  if (latest?.formula === formula.formula && latest.declarations === formula.declarations) return;
  latest = formula;
  for (const follow of followers) follow(formula);
}

/** Calls `follow` with the latest formula now (if any) and with every later one. */
export function followLabFormula(follow: (formula: LabFormula) => void): void {
  followers.add(follow);
  if (latest) follow(latest);
}
