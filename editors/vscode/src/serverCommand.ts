// Which process to start as the language server.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { SECTION } from './settings';

export interface ServerCommand {
  command: string;
  args: string[];
}

/** PLATFORM is this VS Code's package target (linux-x64, darwin-arm64, win32-x64...). */
export const PLATFORM = `${process.platform}-${process.arch}`;

/**
 * bundledServer is where the package script puts the server cross-compiled
 * for platform: server/<target>/tla-gen-lsp, with .exe on Windows.
 */
export function bundledServer(platform: string = PLATFORM): string {
  const exe = platform.startsWith('win32-') ? '.exe' : '';
  return path.join('server', platform, 'tla-gen-lsp' + exe);
}

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
  const bundled = context.asAbsolutePath(bundledServer());
  if (!fs.existsSync(bundled)) {
    throw new Error(`no server for ${PLATFORM}: ${bundled} is missing (${bundledFor(context)}) and setting ${SECTION}.serverPath is empty`);
  }
  ensureExecutable(bundled);
  return { command: bundled, args: [] };
}

// bundledFor says which platforms' servers the installed package holds,
// so that installing another platform's package is easy to diagnose.
function bundledFor(context: vscode.ExtensionContext): string {
  try {
    const dirs = fs.readdirSync(context.asAbsolutePath('server'));
    return dirs.length > 0
      ? `this package is for ${dirs.join(', ')}: install tla-gen-lsp-${PLATFORM}.vsix`
      : 'the package holds no server';
  } catch {
    return 'the package holds no server';
  }
}

// A .vsix is a zip: some installers drop the executable bit.
function ensureExecutable(file: string): void {
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    fs.chmodSync(file, 0o755);
  }
}
