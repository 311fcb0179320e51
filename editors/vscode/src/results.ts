// What the extension does with the replies of server commands. The server
// shows what it made (window/showDocument) when the editor supports it;
// these follow-ups open it when that did not happen (another client
// library, or a showDocument the editor declined), so a reply naming a
// file always ends with the file in front of the user.
import * as vscode from 'vscode';
import { ModelCheckReply, TraceView } from './traceView';

/** Location is an LSP Location as it arrives on the wire. */
interface WireLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** followUp opens what a server command's reply names, unless it is visible already. */
export async function followUp(command: string, result: unknown, traceView?: TraceView): Promise<void> {
  if (!result || typeof result !== 'object') {
    return;
  }
  const reply = result as Record<string, unknown>;
  switch (command) {
    case 'tlaGen.openLocation':
      if (isLocation(reply)) {
        await showLocation(reply);
      }
      return;
    case 'tlaGen.generateSpec':
      await ensureVisible(reply.specUri);
      return;
    case 'tlaGen.generateDraft':
      await ensureVisible(reply.draftUri);
      return;
    case 'tlaGen.modelCheck':
      await traceView?.show(reply as unknown as ModelCheckReply);
      return;
    case 'tlaGen.generateConfig':
      await ensureVisible(reply.configUri);
      return;
    case 'tlaGen.showGenerationLog':
      if (reply.shown !== true) {
        await ensureVisible(reply.uri);
      }
      return;
  }
}

function isLocation(v: Record<string, unknown>): v is WireLocation & Record<string, unknown> {
  const range = v.range as WireLocation['range'] | undefined;
  return typeof v.uri === 'string' && !!range && !!range.start && !!range.end;
}

/** showLocation puts the location's file in the active editor with the range selected. */
async function showLocation(loc: WireLocation): Promise<void> {
  const uri = vscode.Uri.parse(loc.uri);
  const range = new vscode.Range(loc.range.start.line, loc.range.start.character, loc.range.end.line, loc.range.end.character);
  const active = vscode.window.activeTextEditor;
  if (active && active.document.uri.toString() === uri.toString() && active.selection.contains(range.start)) {
    return; // the server's window/showDocument did it
  }
  const editor = await vscode.window.showTextDocument(uri, { selection: range, preview: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** ensureVisible opens the file at uri when no visible editor shows it. */
async function ensureVisible(uri: unknown): Promise<void> {
  if (typeof uri !== 'string' || uri === '') {
    return;
  }
  const target = vscode.Uri.parse(uri);
  if (vscode.window.visibleTextEditors.some(e => e.document.uri.toString() === target.toString())) {
    return;
  }
  await vscode.window.showTextDocument(target, { preview: false });
}
