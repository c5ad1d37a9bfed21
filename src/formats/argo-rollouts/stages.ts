import type { Gate, Stage } from '../../core/model.js';

/** How the steps of a canary become stages. */

interface OpenStage extends Omit<Stage, 'line'> {
  /** Undefined until something holds or gates a stage that no step opened explicitly. */
  line: number | undefined;
  /** Opened by a step (setWeight, setHeaderRoute): kept even when nothing holds it. */
  explicit: boolean;
}

/**
 * Walks the steps in order. A stage opens at each traffic change; pauses, analyses and
 * experiments attach to the open stage. Before the first setWeight (and after a header route is
 * removed) an implicit stage collects steps, and is kept only if something holds or gates it.
 */
export class StageBuilder {
  private readonly stages: Stage[] = [];
  private open: OpenStage = { weight: 0, hold: 0, gates: [], line: undefined, explicit: false };
  /** The weight the last setWeight set (the canary's share without routes or experiments). */
  private weight = 0;
  /** A header route in force: it stays until a setHeaderRoute without match removes it. */
  private route: { segment: string } | { everyone: true } | undefined;
  /** Set while an experiment step sends extra traffic: the stage to return to after the step. */
  private afterStep = false;

  /** The exposure the current weight and route give: a route that matches everyone is 100%. */
  private exposure(): { weight: number; segment?: string } {
    if (this.route && 'everyone' in this.route) return { weight: 100 };
    return { weight: this.weight, ...(this.route ? { segment: this.route.segment } : {}) };
  }

  beginStep(): void {
    this.afterStep = false;
  }

  endStep(): void {
    if (!this.afterStep) return;
    this.afterStep = false;
    this.start({ ...this.exposure(), hold: 0, gates: [], line: undefined, explicit: false });
  }

  raiseTo(weight: number, line: number): void {
    this.weight = weight;
    this.start({ ...this.exposure(), hold: 0, gates: [], line, explicit: true });
  }

  routeSegment(segment: string, line: number): void {
    this.route = { segment };
    this.start({ ...this.exposure(), hold: 0, gates: [], line, explicit: true });
  }

  routeEveryone(line: number): void {
    this.route = { everyone: true };
    this.start({ ...this.exposure(), hold: 0, gates: [], line, explicit: true });
  }

  endSegment(): void {
    if (this.route === undefined) return;
    this.route = undefined;
    this.start({ ...this.exposure(), hold: 0, gates: [], line: undefined, explicit: false });
  }

  /** An experiment that sends `extra` percent to its own pods while its step runs. */
  experiment(extra: number, line: number): void {
    const { weight, segment } = this.exposure();
    this.afterStep = true;
    this.start({
      weight: Math.min(100, weight + extra),
      hold: 0,
      gates: [],
      line,
      explicit: true,
      ...(segment !== undefined ? { segment } : {}),
    });
  }

  hold(seconds: number | 'manual', line: number): void {
    const current = this.open.hold;
    this.open.hold = current === 'manual' || seconds === 'manual' ? 'manual' : current + seconds;
    this.open.line ??= line;
  }

  gate(gate: Gate): void {
    this.open.gates.push(gate);
    this.open.line ??= gate.line;
  }

  /** Closes the walk; Argo promotes to 100% after the last step, so a 100% stage always ends it. */
  finish(implicitFinalLine: number): Stage[] {
    this.close();
    const last = this.stages[this.stages.length - 1];
    if (last === undefined || last.weight !== 100 || last.segment !== undefined) {
      this.stages.push({ weight: 100, hold: 0, gates: [], line: implicitFinalLine });
    }
    return this.stages;
  }

  private start(next: OpenStage): void {
    this.close();
    this.open = next;
  }

  private close(): void {
    const { weight, hold, gates, line, explicit, segment } = this.open;
    if (line === undefined || !(explicit || hold !== 0 || gates.length > 0)) return;
    const stage: Stage = { weight, hold, gates, line };
    if (segment !== undefined) stage.segment = segment;
    this.stages.push(stage);
  }
}
