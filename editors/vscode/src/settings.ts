// Settings: the "tlaGen" section as the server reads it (internal/config.Settings).
import * as vscode from 'vscode';

export const SECTION = 'tlaGen';

/**
 * ServerSettings mirrors the JSON names of config.Settings in the Go server.
 * Keep the two in step: a name that differs is silently ignored by the server.
 */
export interface ServerSettings {
  model: string;
  baseURL: string;
  apiKey?: string;
  apiKeyEnv: string;
  temperature: number;
  maxTokens: number;
  timeout: number;
  stream: boolean;
  promptFile: string;
  draftNames: string[];
  libraryPaths: string[];
  offline: boolean;
  maxRepairRounds: number;
  debounceMillis: number;
  repairConformance: boolean;
  contextWindow: number;
  checker: string;
  tla2toolsJar: string;
  javaPath: string;
  modelCheckMaxStates: number;
  modelCheckTimeout: number;
  maxRuntimeRounds: number;
  modelCheckOnSave: boolean;
  modelCheckAfterGenerate: boolean;
}

/** serverSettings reads the user's settings; the API key is added by the caller, never from settings. */
export function serverSettings(cfg: vscode.WorkspaceConfiguration = vscode.workspace.getConfiguration(SECTION)): ServerSettings {
  return {
    model: cfg.get<string>('model', ''),
    baseURL: cfg.get<string>('baseURL', ''),
    apiKeyEnv: cfg.get<string>('apiKeyEnv', ''),
    temperature: cfg.get<number>('temperature', 0.2),
    maxTokens: cfg.get<number>('maxTokens', 0),
    timeout: cfg.get<number>('timeout', 300),
    stream: cfg.get<boolean>('stream', true),
    promptFile: cfg.get<string>('promptFile', ''),
    draftNames: cfg.get<string[]>('draftNames', []),
    libraryPaths: cfg.get<string[]>('libraryPaths', []),
    offline: cfg.get<boolean>('offline', false),
    maxRepairRounds: cfg.get<number>('maxRepairRounds', 3),
    debounceMillis: cfg.get<number>('debounceMillis', 300),
    repairConformance: cfg.get<boolean>('repairConformance', false),
    contextWindow: cfg.get<number>('contextWindow', 0),
    checker: cfg.get<string>('checker', 'native'),
    tla2toolsJar: cfg.get<string>('tla2toolsJar', ''),
    javaPath: cfg.get<string>('javaPath', ''),
    modelCheckMaxStates: cfg.get<number>('modelCheckMaxStates', 1000000),
    modelCheckTimeout: cfg.get<number>('modelCheckTimeout', 60),
    maxRuntimeRounds: cfg.get<number>('maxRuntimeRounds', 3),
    modelCheckOnSave: cfg.get<boolean>('modelCheckOnSave', false),
    modelCheckAfterGenerate: cfg.get<boolean>('modelCheckAfterGenerate', true),
  };
}

/** withApiKey returns the settings plus the key from SecretStorage, if one is set. */
export function withApiKey(settings: object, apiKey: string | undefined): object {
  return apiKey ? { ...settings, apiKey } : settings;
}
