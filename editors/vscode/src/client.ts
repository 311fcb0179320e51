// The language client: starting, restarting and the middleware that routes
// server commands through the CommandRunner.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { ApiKeyStore } from './apiKey';
import { followUp } from './results';
import { TraceView } from './traceView';
import { CommandRunner, RunOptions } from './runner';
import { serverCommand } from './serverCommand';
import { SECTION, serverSettings, withApiKey } from './settings';

/** SOURCE_LANGUAGES get the "Generate TLA+ spec" code action from the server. */
export const SOURCE_LANGUAGES = [
  'go', 'rust', 'c', 'cpp', 'java', 'python', 'javascript', 'javascriptreact', 'typescript',
  'typescriptreact', 'csharp', 'kotlin', 'scala', 'swift', 'ruby', 'php', 'haskell', 'ocaml',
  'erlang', 'elixir', 'zig',
];

/** SERVER_BUSY_TEXT is what the status bar says while a server command runs. */
const SERVER_BUSY_TEXT: Record<string, string> = {
  'tlaGen.generateSpec': 'Generating TLA+ spec…',
  'tlaGen.generateDraft': 'Generating draft analysis…',
  'tlaGen.modelCheck': 'Model checking…',
  'tlaGen.generateConfig': 'Writing model config…',
  'tlaGen.fixTrace': 'Fixing the spec for the trace…',
};

export class TlaGenClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  readonly runner: CommandRunner;
  readonly traceView = new TraceView();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly apiKeys: ApiKeyStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.runner = new CommandRunner(() => this.client, log);
  }

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  /** run runs a server command through the runner, then opens what its reply names (results.ts). */
  async run(command: string, args: unknown[], options: RunOptions = {}): Promise<unknown> {
    const result = await this.runner.run(command, args, { busyText: SERVER_BUSY_TEXT[command], ...options });
    try {
      await followUp(command, result, this.traceView);
    } catch (err) {
      this.log.error(`${command}: opening its result: ${err instanceof Error ? err.message : String(err)}`);
    }
    return result;
  }

  async start(): Promise<void> {
    let command;
    try {
      command = serverCommand(this.context);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.log.error(message);
      void vscode.window.showErrorMessage(`TLA+ Gen: ${message}`);
      return;
    }
    const apiKey = await this.apiKeys.get();
    const serverOptions: ServerOptions = {
      run: { command: command.command, args: command.args, transport: TransportKind.stdio },
      debug: { command: command.command, args: command.args, transport: TransportKind.stdio },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'tlaplus' },
        ...SOURCE_LANGUAGES.map(language => ({ scheme: 'file', language })),
        // TLC model configurations: the server checks a .cfg that has its
        // module beside it and ignores other .cfg files.
        { scheme: 'file', pattern: '**/*.cfg' },
      ],
      outputChannel: this.log,
      initializationOptions: { [SECTION]: withApiKey(serverSettings(), apiKey) },
      middleware: {
        // Commands the server advertises are registered by vscode-languageclient
        // under the server's ids (tlaGen.generateSpec…); code actions invoke
        // them. Route them through the runner so that they get the status bar
        // and cancellation too, and open what the reply names if the
        // server could not (code lenses run tlaGen.openLocation this way).
        // The palette commands use other ids (tlaGen.client.*) so the two
        // registrations never clash.
        executeCommand: (cmd, args) => this.run(cmd, args),
        workspace: {
          // The server also pulls the section with workspace/configuration:
          // add the key from SecretStorage, which settings never hold.
          configuration: async (params, token, next) => {
            const result = await next(params, token);
            if (!Array.isArray(result)) {
              return result;
            }
            const key = await this.apiKeys.get();
            return result.map((value, i) =>
              params.items[i]?.section === SECTION && value && typeof value === 'object'
                ? withApiKey(value as object, key)
                : value);
          },
        },
      },
    };
    this.client = new LanguageClient('tlaGen', 'TLA+ Gen', serverOptions, clientOptions);
    this.log.info(`starting ${command.command} ${command.args.join(' ')}`);
    try {
      await this.client.start();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(`TLA+ Gen: the language server did not start: ${message}`);
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.runner.cancel();
    if (client) {
      try {
        await client.stop(5000);
      } catch (err) {
        this.log.error(`stop: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }

  async restart(reason: string): Promise<void> {
    this.log.info(`restarting: ${reason}`);
    await this.stop();
    await this.start();
  }

  dispose(): void {
    this.runner.dispose();
    this.traceView.dispose();
    void this.stop();
  }
}
