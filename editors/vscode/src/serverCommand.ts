// Which process to start as the language server.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { SECTION } from './settings';

export interface ServerCommand {
  command: string;
  args: string[];
}

/** BUNDLED_SERVER is where the package script puts the server built by `go build`. */
export const BUNDLED_SERVER = path.join('server', 'tla-gen-lsp');

/**
 * serverCommand resolves setting tlaGen.serverPath (a path, or an array of a
 * path and its arguments) or falls back to the server bundled in the .vsix.
 * vscode-languageclient appends --stdio itself.
 */
export function serverCommand(context: vscode.ExtensionContext): ServerCommand {
  const setting = vscode.workspace.getConfiguration(SECTION).get<string | string[]>('serverPath', '');
  const parts = (Array.isArray(setting) ? setting : [setting]).filter(s => typeof s === 'string' && s !== '');
  if (parts.length > 0) {
    return { command: parts[0], args: parts.slice(1) };
  }
  const bundled = context.asAbsolutePath(BUNDLED_SERVER);
  if (!fs.existsSync(bundled)) {
    throw new Error(`no server: ${bundled} is missing and setting ${SECTION}.serverPath is empty`);
  }
  ensureExecutable(bundled);
  return { command: bundled, args: [] };
}

// A .vsix is a zip: some installers drop the executable bit.
function ensureExecutable(file: string): void {
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    fs.chmodSync(file, 0o755);
  }
}
