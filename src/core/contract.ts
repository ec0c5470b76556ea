/**
 * The stable JSON contract shared by the CLI and the report export (version 1).
 * Only the fields listed in the README are written, in a fixed order.
 */
import type { Analysis } from './types';

export const CONTRACT_VERSION = 1;

export interface ContractFile {
  path: string;
  quotes: Array<{
    start: number;
    end: number;
    text: string;
    partial: boolean;
    speaker: { kind: string; name: string | null; start: number | null; end: number | null };
  }>;
  people: Array<{ name: string; title: string | null; affiliation: string | null; official: boolean; mentions: Array<{ start: number; end: number }> }>;
  sources: Array<{ kind: string; text: string; name: string | null; start: number; end: number }>;
  findings: Array<{ code: string; severity: string; start: number; end: number; message: string }>;
}

export interface ContractDocument {
  version: number;
  files: ContractFile[];
}

export function toContractFile(path: string, a: Analysis): ContractFile {
  return {
    path,
    quotes: a.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      partial: q.partial,
      speaker: { kind: q.speaker.kind, name: q.speaker.name, start: q.speaker.start, end: q.speaker.end },
    })),
    people: a.people.map((p) => ({
      name: p.name,
      title: p.title,
      affiliation: p.affiliation,
      official: p.official,
      mentions: p.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
    sources: a.sources.map((s) => ({ kind: s.kind, text: s.text, name: s.name, start: s.start, end: s.end })),
    findings: a.findings.map((f) => ({ code: f.code, severity: f.severity, start: f.start, end: f.end, message: f.message })),
  };
}

export function toContractDocument(files: Array<{ path: string; analysis: Analysis }>): ContractDocument {
  return { version: CONTRACT_VERSION, files: files.map((f) => toContractFile(f.path, f.analysis)) };
}
