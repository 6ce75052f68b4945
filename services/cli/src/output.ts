// How the CLI talks to a person: plain lines, wrapped prose, and errors that say what to do.

/** The one error type of the CLI layer: a message for the operator and an exit code. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export function wrap(text: string, indent: string, width = 92): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && indent.length + line.length + 1 + w.length > width) {
      lines.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

export const list = (xs: readonly string[], none = 'nothing') => (xs.length ? xs.join(', ') : none);
