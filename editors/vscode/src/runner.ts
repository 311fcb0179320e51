// Running server commands (workspace/executeCommand) with a status bar item
// that shows the work and cancels it when clicked.
import * as vscode from 'vscode';
import { ErrorCodes, ExecuteCommandRequest, LSPErrorCodes, LanguageClient, ResponseError } from 'vscode-languageclient/node';

export const CANCEL_COMMAND = 'tlaGen.client.cancelGeneration';
const GENERATING_CONTEXT = 'tlaGen.generating';

export interface RunOptions {
  /** busyText is shown in the status bar while the server works; none for quick commands. */
  busyText?: string;
  /** quiet logs a failure instead of showing an error message (the caller falls back to something else). */
  quiet?: boolean;
}

export class CommandRunner implements vscode.Disposable {
  private readonly running = new Set<vscode.CancellationTokenSource>();
  private readonly statusBar: vscode.StatusBarItem;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.statusBar = vscode.window.createStatusBarItem('tlaGen.generation', vscode.StatusBarAlignment.Left, 100);
    this.statusBar.name = 'TLA+ Gen';
    this.statusBar.command = CANCEL_COMMAND;
    this.statusBar.tooltip = 'Click to cancel';
  }

  /**
   * run sends workspace/executeCommand and shows the server's error, if any,
   * as an error message. Cancelling (status bar click) cancels the request,
   * so the server receives $/cancelRequest.
   */
  async run(command: string, args: unknown[], options: RunOptions = {}): Promise<unknown> {
    const client = this.client();
    if (!client || !client.isRunning()) {
      void vscode.window.showErrorMessage('TLA+ Gen: the language server is not running (see "TLA+ Gen: Show generation log").');
      return undefined;
    }
    const source = new vscode.CancellationTokenSource();
    if (options.busyText) {
      this.running.add(source);
      this.update(options.busyText);
    }
    this.log.info(`${command} ${JSON.stringify(args)}`);
    try {
      const result = await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }, source.token);
      this.log.info(`${command} done: ${JSON.stringify(result) ?? 'no result'}`);
      return result;
    } catch (err) {
      this.report(command, err, source.token.isCancellationRequested, options.quiet ?? false);
      return undefined;
    } finally {
      this.running.delete(source);
      source.dispose();
      this.update(options.busyText);
    }
  }

  /** cancel cancels every running command and hides the status bar item at once. */
  cancel(): void {
    if (this.running.size > 0) {
      this.log.info('cancelling');
    }
    for (const source of this.running) {
      source.cancel();
    }
    this.running.clear();
    this.update();
  }

  private update(busyText?: string): void {
    const busy = this.running.size > 0;
    void vscode.commands.executeCommand('setContext', GENERATING_CONTEXT, busy);
    if (busy) {
      this.statusBar.text = `$(sync~spin) ${busyText ?? 'Generating TLA+ spec…'}`;
      this.statusBar.show();
    } else {
      this.statusBar.hide();
    }
  }

  private report(command: string, err: unknown, cancelled: boolean, quiet: boolean): void {
    if (cancelled || (err instanceof ResponseError && err.code === LSPErrorCodes.RequestCancelled)) {
      // The server says what the cancellation left behind (showMessage).
      this.log.info(`${command} cancelled`);
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    const detail = err instanceof ResponseError && err.code === ErrorCodes.MethodNotFound
      ? `the server does not support ${command}: ${message}`
      : message;
    this.log.error(`${command} failed: ${detail}`);
    if (quiet) {
      return;
    }
    void vscode.window.showErrorMessage(`TLA+ Gen: ${command} failed: ${detail}`);
  }

  dispose(): void {
    this.cancel();
    this.statusBar.dispose();
  }
}
