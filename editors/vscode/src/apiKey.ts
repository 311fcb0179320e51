// The API key lives in VS Code's SecretStorage only: never in settings.json,
// logs or messages.
import * as vscode from 'vscode';

const SECRET_NAME = 'tlaGen.apiKey';

export class ApiKeyStore {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  get(): Thenable<string | undefined> {
    return this.secrets.get(SECRET_NAME);
  }

  /** prompt asks for the key; returns true if it changed. An empty answer removes the key. */
  async prompt(): Promise<boolean> {
    const value = await vscode.window.showInputBox({
      title: 'TLA+ Gen: API key',
      prompt: 'API key for the OpenAI-compatible endpoint (stored in VS Code\'s secret storage; empty to remove it)',
      password: true,
      ignoreFocusOut: true,
    });
    if (value === undefined) {
      return false;
    }
    if (value === '') {
      await this.secrets.delete(SECRET_NAME);
    } else {
      await this.secrets.store(SECRET_NAME, value);
    }
    return true;
  }

  onDidChange(listener: () => void): vscode.Disposable {
    return this.secrets.onDidChange(e => {
      if (e.key === SECRET_NAME) {
        listener();
      }
    });
  }
}
