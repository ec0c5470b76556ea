/**
 * Which highlights the user wants (`attributionLens.highlight.*`, all on by default). A value
 * that is not a boolean counts as the default.
 */
import * as vscode from 'vscode';
import { SETTINGS_SECTION } from './article-settings';
import type { HighlightKind } from './highlight-ranges';

export const HIGHLIGHT_SECTION = `${SETTINGS_SECTION}.highlight`;

export interface HighlightSettings {
  officials: boolean;
  speakers: boolean;
  speakerHints: boolean;
  unattributedQuotes: boolean;
  anonymousSources: boolean;
  vagueAttributions: boolean;
}

export function highlightSettings(scope?: vscode.ConfigurationScope): HighlightSettings {
  const config = vscode.workspace.getConfiguration(HIGHLIGHT_SECTION, scope);
  const on = (key: keyof HighlightSettings) => config.get<unknown>(key) !== false;
  return {
    officials: on('officials'),
    speakers: on('speakers'),
    speakerHints: on('speakerHints'),
    unattributedQuotes: on('unattributedQuotes'),
    anonymousSources: on('anonymousSources'),
    vagueAttributions: on('vagueAttributions'),
  };
}

/** The setting that turns a kind of highlight on or off (the speaker colours go with the speakers). */
export function settingOf(kind: HighlightKind): keyof HighlightSettings {
  switch (kind) {
    case 'official':
      return 'officials';
    case 'speakerHint':
      return 'speakerHints';
    case 'unattributedQuote':
      return 'unattributedQuotes';
    case 'anonymousSource':
      return 'anonymousSources';
    case 'vagueAttribution':
      return 'vagueAttributions';
    default:
      return 'speakers';
  }
}
