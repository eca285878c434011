import * as vscode from 'vscode';
import { TwelveFactorClient } from './client';

let client: TwelveFactorClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = new TwelveFactorClient(context);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
