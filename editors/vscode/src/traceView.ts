// The trace view: the last counterexample of tlaGen.modelCheck as a tree,
// one row per state (its number, the action that took the step, the
// variables it changed), each variable below it with its value. Clicking a
// state opens the action's definition. The rows come from the server's
// reply; the extension does not read TLC's output itself.
import * as vscode from 'vscode';

export const TRACE_VIEW = 'tlaGen.trace';

interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** TraceRow mirrors traceRow in internal/lsp/modelcheck.go. */
export interface TraceRow {
  state: number;
  action: string;
  location?: { uri: string; range: WireRange };
  /** function and source: the source function the action models (generated specs). */
  function?: string;
  source?: { uri: string; range: WireRange };
  variables: { name: string; value: string; changed?: boolean }[];
  loopStart?: boolean;
}

/** ModelCheckReply mirrors modelCheckResult in internal/lsp/modelcheck.go. */
export interface ModelCheckReply {
  result: string;
  summary: string;
  violation?: string;
  traceUri?: string;
  trace?: TraceRow[];
}

type Node = { kind: 'state'; row: TraceRow } | { kind: 'variable'; row: TraceRow; index: number }
  | { kind: 'source'; row: TraceRow } | { kind: 'message'; text: string };

export class TraceView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private rows: TraceRow[] = [];
  private message = 'Run "▶ Model check" on a spec to see its counterexample here.';
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;

  constructor() {
    this.view = vscode.window.createTreeView(TRACE_VIEW, { treeDataProvider: this, showCollapseAll: true });
  }

  /** show replaces the tree with a model check's counterexample and reveals the view. */
  async show(reply: ModelCheckReply): Promise<void> {
    this.rows = reply.trace ?? [];
    const summary = reply.summary.charAt(0).toUpperCase() + reply.summary.slice(1);
    this.message = reply.violation ? `${reply.violation} ${summary}.` : summary;
    this.view.message = this.message;
    this.view.description = reply.result;
    this.changed.fire(undefined);
    if (this.rows.length > 0) {
      await vscode.commands.executeCommand(`${TRACE_VIEW}.focus`);
    }
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (this.rows.length === 0) {
        return [{ kind: 'message', text: this.message }];
      }
      return this.rows.map(row => ({ kind: 'state', row }));
    }
    if (node.kind === 'state') {
      const vars: Node[] = node.row.variables.map((_, index) => ({ kind: 'variable', row: node.row, index }));
      return node.row.source ? [{ kind: 'source', row: node.row }, ...vars] : vars;
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'message') {
      return new vscode.TreeItem(node.text);
    }
    if (node.kind === 'source' && node.row.source) {
      const src = node.row.source;
      const file = vscode.Uri.parse(src.uri).path.split('/').pop();
      const item = new vscode.TreeItem(`↔ ${node.row.function} (${file}:${src.range.start.line + 1})`);
      item.iconPath = new vscode.ThemeIcon('go-to-file');
      item.tooltip = `The source function ${node.row.action} models`;
      item.command = {
        title: 'Go to the source function',
        command: 'vscode.open',
        arguments: [vscode.Uri.parse(src.uri), {
          selection: new vscode.Range(src.range.start.line, src.range.start.character, src.range.end.line, src.range.end.character),
          preview: true,
        }],
      };
      return item;
    }
    if (node.kind === 'variable') {
      const v = node.row.variables[node.index];
      const item = new vscode.TreeItem(`${v.name} = ${v.value}`);
      item.description = v.changed ? 'changed' : undefined;
      item.iconPath = new vscode.ThemeIcon(v.changed ? 'diff-modified' : 'circle-small',
        v.changed ? new vscode.ThemeColor('charts.orange') : undefined);
      item.tooltip = v.value;
      return item;
    }
    const row = node.row;
    const changed = row.variables.filter(v => v.changed).map(v => v.name);
    const item = new vscode.TreeItem(`${row.state}: ${row.action}`, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = changed.length > 0 ? `changed: ${changed.join(', ')}` : (row.state === 1 ? 'initial state' : 'no change');
    if (row.loopStart) {
      item.description += ' · the cycle starts here';
    }
    item.iconPath = new vscode.ThemeIcon(row.state === 1 ? 'debug-start' : 'debug-step-over');
    if (row.location) {
      const r = row.location.range;
      item.command = {
        title: 'Go to the action',
        command: 'vscode.open',
        arguments: [vscode.Uri.parse(row.location.uri), {
          selection: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
          preview: true,
        }],
      };
      item.tooltip = `Go to ${row.action}`;
    }
    return item;
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}
