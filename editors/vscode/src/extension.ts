// Entry point of the TLA+ Gen extension: a thin client of the tla-gen-lsp
// language server. All TLA+ knowledge (checking, generation, messages) is in
// the server; the extension starts it, passes settings and the API key, and
// offers palette commands.
import * as vscode from 'vscode';
import { ApiKeyStore } from './apiKey';
import { TlaGenClient } from './client';
import { registerCommands } from './commands';
import { SECTION } from './settings';

let current: TlaGenClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('TLA+ Gen', { log: true });
  const apiKeys = new ApiKeyStore(context.secrets);
  const client = new TlaGenClient(context, apiKeys, log);
  current = client;
  context.subscriptions.push(log, client);
  registerCommands(context, client, apiKeys, log);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(SECTION)) {
        void client.restart('settings changed');
      }
    }),
    apiKeys.onDidChange(() => void client.restart('API key changed')),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await current?.stop();
  current = undefined;
}
