import { create, parseDependencies, type MathNode } from 'mathjs';
import { RUNTIME } from './runtime';

// A private mathjs instance, locked down as mathjs's security guidance describes. It is built
// from the parser's dependencies only (no matrices, units or the hundreds of other functions,
// which also keeps the taskpane bundle small); the runtime functions are its whole library
// (so blanks follow three-valued logic); then every way to change the instance or to reach the
// parser from an expression is disabled. `parse` is kept here, before it is disabled on the
// instance, for the checker's use only.

const math = create({ parseDependencies }, { number: 'number' });
math.import(RUNTIME, { override: true });

const parseExpression = math.parse;
const ConstantNode = math.ConstantNode;

function disabled(name: string) {
  return () => {
    throw new Error(`function ${name} is disabled in outcome definitions`);
  };
}

const DISABLED = [
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'compile',
  'simplify',
  'simplifyConstant',
  'simplifyCore',
  'derivative',
  'resolve',
  'reviver',
  'replacer',
  'rationalize',
  'leafCount',
  'symbolicEqual',
  'chain',
  'help',
  'config',
  'typed',
] as const;

math.import(Object.fromEntries(DISABLED.map((name) => [name, disabled(name)])), {
  override: true,
});

/** The locked instance itself, exported only so tests can prove its doors are shut. */
export const restrictedMath = math;
export { ConstantNode, parseExpression };
export type { MathNode };
