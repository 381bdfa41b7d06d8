import type { Writable } from 'node:stream';
import type { Label } from '../domain/labels.js';
import { writeText, type ExportNode, type ExportRelationship, type GraphSink } from './graph-export.js';

type Section = 'start' | 'nodes' | 'relationships';

/** {nodes, relationships}, one element per line: what the importer reads, and diff-friendly. */
export class JsonSink implements GraphSink {
  private section: Section = 'start';
  private firstInSection = true;

  /** finish: what ends the output (closing a file; nothing for stdout). */
  constructor(
    private readonly stream: Writable,
    private readonly finish: () => Promise<void>,
  ) {}

  async nodes(_label: Label, page: readonly ExportNode[]): Promise<void> {
    await this.enter('nodes');
    await this.elements(page);
  }

  async relationships(page: readonly ExportRelationship[]): Promise<void> {
    await this.enter('relationships');
    await this.elements(page);
  }

  async close(): Promise<void> {
    await this.enter('relationships');
    await writeText(this.stream, '\n]\n}\n');
    await this.finish();
  }

  /** Opens the sections in order, also when one of them has no elements at all. */
  private async enter(section: Section): Promise<void> {
    if (this.section === 'start') {
      await writeText(this.stream, '{\n"nodes": [');
      this.section = 'nodes';
    }
    if (section === 'relationships' && this.section === 'nodes') {
      await writeText(this.stream, '\n],\n"relationships": [');
      this.section = 'relationships';
      this.firstInSection = true;
    }
  }

  private async elements(page: readonly object[]): Promise<void> {
    if (page.length === 0) return;
    const lead = this.firstInSection ? '\n' : ',\n';
    this.firstInSection = false;
    await writeText(this.stream, lead + page.map((element) => JSON.stringify(element)).join(',\n'));
  }
}
