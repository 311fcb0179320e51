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

  register('tlaGen.client.generateSpec', () => runOnActiveFile(client, 'tlaGen.generateSpec', 'Generating TLA+ spec…'));
  register('tlaGen.client.generateDraft', () => runOnActiveFile(client, 'tlaGen.generateDraft', 'Generating draft analysis…'));
  register('tlaGen.client.checkModule', () => runOnActiveFile(client, 'tlaGen.checkModule'));
  register('tlaGen.client.setApiKey', async () => {
    if (await apiKeys.prompt()) {
      // The SecretStorage listener restarts the client with the new key.
      void vscode.window.showInformationMessage('TLA+ Gen: API key saved in secret storage.');
    }
  });
  register('tlaGen.client.showLog', () => log.show(true));
  register(CANCEL_COMMAND, () => client.runner.cancel());
}

/** runOnActiveFile runs a server command with the active editor's file as {"uri": …}. */
async function runOnActiveFile(client: TlaGenClient, command: string, busyText?: string): Promise<unknown> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme !== 'file') {
    void vscode.window.showErrorMessage('TLA+ Gen: open a file on disk first.');
    return undefined;
  }
  return client.runner.run(command, [{ uri: editor.document.uri.toString() }], { busyText });
}
