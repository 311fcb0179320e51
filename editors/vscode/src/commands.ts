// Palette commands. Their ids (tlaGen.client.*) differ from the server's
// command ids, which vscode-languageclient registers itself.
import * as vscode from 'vscode';
import { ApiKeyStore } from './apiKey';
import { TlaGenClient } from './client';
import { CANCEL_COMMAND } from './runner';

export function registerCommands(
  context: vscode.ExtensionContext,
  client: TlaGenClient,
  apiKeys: ApiKeyStore,
  log: vscode.LogOutputChannel,
): void {
  const register = (id: string, fn: () => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  register('tlaGen.client.generateSpec', () => runOnActiveFile(client, 'tlaGen.generateSpec'));
  register('tlaGen.client.generateDraft', () => runOnActiveFile(client, 'tlaGen.generateDraft'));
  register('tlaGen.client.checkModule', () => runOnActiveFile(client, 'tlaGen.checkModule'));
  register('tlaGen.client.modelCheck', () => runOnActiveFile(client, 'tlaGen.modelCheck'));
  register('tlaGen.client.generateConfig', () => runOnActiveFile(client, 'tlaGen.generateConfig'));
  register('tlaGen.client.setApiKey', async () => {
    if (await apiKeys.prompt()) {
      // The SecretStorage listener restarts the client with the new key.
      void vscode.window.showInformationMessage('TLA+ Gen: API key saved in secret storage.');
    }
  });
  register('tlaGen.client.showLog', () => showGenerationLog(client, log));
  register('tlaGen.client.showOutput', () => log.show(true));
  register(CANCEL_COMMAND, () => client.runner.cancel());
}

/** activeFileUri is the active editor's file, if it is one on disk. */
function activeFileUri(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.uri.scheme === 'file' ? editor.document.uri.toString() : undefined;
}

/** runOnActiveFile runs a server command with the active editor's file as {"uri": …}. */
async function runOnActiveFile(client: TlaGenClient, command: string): Promise<unknown> {
  const uri = activeFileUri();
  if (!uri) {
    void vscode.window.showErrorMessage('TLA+ Gen: open a file on disk first.');
    return undefined;
  }
  return client.run(command, [{ uri }]);
}

/**
 * showGenerationLog opens the generation log of the active file (a spec,
 * or a source generated from in this session), or of the session's last
 * generation when no file is active. With no log to show (none written
 * yet, or the server cannot tell which), the server output channel is
 * shown instead: it holds the session's generation lines too.
 */
async function showGenerationLog(client: TlaGenClient, log: vscode.LogOutputChannel): Promise<void> {
  const uri = activeFileUri();
  const result = await client.run('tlaGen.showGenerationLog', uri ? [{ uri }] : [], { quiet: true });
  if (result && typeof result === 'object' && typeof (result as { path?: unknown }).path === 'string') {
    return; // shown by the server, or by followUp
  }
  log.show(true);
}
