import { createsCycle, membersOfCycles } from './line-manager.js';

describe('line-manager cycles', () => {
  const chain = new Map<string, string | null>([['c', 'b'], ['b', 'a'], ['a', null]]);
  const of = (id: string) => chain.get(id);

  it('detects self-management and loops through the chain', () => {
    expect(createsCycle('a', 'a', of)).toBe(true);
    expect(createsCycle('a', 'c', of)).toBe(true);
    expect(createsCycle('c', 'a', of)).toBe(false);
    expect(createsCycle('x', 'c', of)).toBe(false);
    expect(createsCycle('a', null, of)).toBe(false);
  });

  it('terminates on an unrelated existing loop', () => {
    const loop = new Map([['p', 'q'], ['q', 'p']]);
    expect(createsCycle('z', 'p', (id) => loop.get(id))).toBe(false);
  });

  it('finds every member of loops in a whole map', () => {
    expect([...membersOfCycles(new Map([['a', 'b'], ['b', 'a'], ['c', 'a'], ['d', null]]))].sort()).toEqual(['a', 'b']);
  });
});
