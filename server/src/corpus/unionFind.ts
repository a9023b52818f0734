// Groups of corpus keys for joining people into entities (entities.ts).

/**
 * Groups of corpus keys, each root carrying the summed weight (articles) of its members, so the
 * size of a group is known without a pass over all people (that pass made joining quadratic).
 */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly weights = new Map<string, number>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    while (x !== root) { const next = this.parent.get(x)!; this.parent.set(x, root); x = next; }
    return root;
  }
  weigh(x: string, weight: number): void {
    this.weights.set(x, weight);
  }
  weight(root: string): number {
    return this.weights.get(root) ?? 0;
  }
  union(a: string, b: string): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra === rb) return;
    this.parent.set(rb, ra);
    this.weights.set(ra, this.weight(ra) + this.weight(rb));
    this.weights.delete(rb);
  }
}
