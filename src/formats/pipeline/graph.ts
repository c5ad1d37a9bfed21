/**
 * What runs before what in a pipeline: GitHub `needs`, Azure `dependsOn` (of jobs and of stages),
 * Spinnaker `requisiteStageRefIds`. Each adapter says which nodes a node waits for directly; the
 * graph answers which nodes have finished before it starts, and in what order nodes become ready.
 */
export class DependencyGraph<N> {
  private readonly ancestors = new Map<N, Set<N>>();

  /**
   * @param parentsOf the nodes `node` waits for directly, in the order they are to be followed.
   * @param alsoBefore nodes that finish before `node` without an edge the graph follows further
   *   (an Azure stage waits for every job of the stages it depends on).
   */
  constructor(
    private readonly parentsOf: (node: N) => Iterable<N>,
    private readonly alsoBefore: (node: N) => Iterable<N> = () => [],
  ) {}

  /** Every node that has finished before `node` starts. */
  ancestorsOf(node: N): Set<N> {
    const known = this.ancestors.get(node);
    if (known) return known;
    const result = new Set<N>();
    this.ancestors.set(node, result); // guards against cycles
    for (const parent of this.parentsOf(node)) {
      result.add(parent);
      for (const grand of this.ancestorsOf(parent)) result.add(grand);
    }
    for (const other of this.alsoBefore(node)) result.add(other);
    return result;
  }

  isAncestor(candidate: N, of: N): boolean {
    return this.ancestorsOf(of).has(candidate);
  }

  /**
   * Topological order of `nodes`: nodes that become ready together keep their order in the list.
   * On a cycle, the rest is appended in list order and `cycle` is the first node of it.
   */
  order(nodes: readonly N[]): { ordered: N[]; cycle: N | undefined } {
    const remaining = new Set(nodes);
    const done = new Set<N>();
    const ordered: N[] = [];
    while (remaining.size > 0) {
      const ready = [...remaining].find((node) => [...this.parentsOf(node)].every((p) => done.has(p)));
      if (ready === undefined) {
        const cycle = [...remaining][0];
        ordered.push(...remaining);
        return { ordered, cycle };
      }
      remaining.delete(ready);
      done.add(ready);
      ordered.push(ready);
    }
    return { ordered, cycle: undefined };
  }
}
