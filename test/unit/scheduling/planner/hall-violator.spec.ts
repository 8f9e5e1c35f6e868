import { hallViolator, maximumMatching } from '../../../../src/scheduling/planner/hall-violator';

describe('hallViolator', () => {
  it('finds nothing when every left vertex can be matched', () => {
    expect(hallViolator([[0, 1], [0], [2]], 3)).toBeNull();
    const { matchLeft } = maximumMatching([[0, 1], [0], [2]], 3);
    expect([...matchLeft]).toEqual([1, 0, 2]);
  });

  it('returns a smallest set with fewer neighbours than members', () => {
    // 1, 2 and 3 all need resource 0 or 1; 0 and 4 have room elsewhere
    const adjacency = [[0, 2], [0, 1], [0, 1], [1, 0], [3]];
    expect(hallViolator(adjacency, 4)).toEqual({ sessions: [1, 2, 3], resources: [0, 1] });
  });

  it('reports a member with no possible resource at all', () => {
    expect(hallViolator([[0], []], 1)).toEqual({ sessions: [1], resources: [] });
  });
});
