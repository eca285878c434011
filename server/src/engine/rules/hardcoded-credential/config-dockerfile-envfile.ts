// `COPY .env .env` in the stage that becomes the image: the checkout's config and secrets are baked into
// every container, and into every copy of the image a registry or a laptop holds. A build stage's copy
// (Next.js reading `.env.production` at `npm run build`) stays out of the final image and is left alone,
// as are templates (`.env.example`), which hold no deploy's values.
import { finalStage, type DockerInstruction } from '../../languages/dockerfile';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isTemplateEnvFile } from './config-dotenv';

const MESSAGE =
  "Factor III: this image bakes in the checkout's .env, so every container and every copy of the image carries one deploy's config and secrets; " +
  'give the container its environment at run time instead (docker run --env-file, compose env_file, the platform\'s settings).';

/** `.env`, `.env.production`, `config/.env.local`: a dotenv file by name (`.env-docker`, `app.env` too). */
const DOTENV_NAME = /(?:^|\/)(?:\.env(?:[.-][\w.-]+)?|[\w-]+\.env)$/;

function check(context: RuleContext): void {
  const { instructions } = context.parsed.dockerfile;
  for (const instruction of finalStage(instructions)) {
    if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
    for (const source of copySources(instruction)) {
      const path = source.text.replace(/^\.\//, '');
      if (DOTENV_NAME.test(path) && !isTemplateEnvFile(path)) context.report({ span: instruction.args.span(source.start, source.end), message: MESSAGE, severity: 'warning' });
    }
  }
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The sources of a COPY/ADD (every word but the destination), in its shell form or its JSON form, flags left out. */
function copySources(instruction: DockerInstruction): Word[] {
  const text = instruction.args.text;
  const json = /^\s*\[/.test(text);
  const pattern = json ? /"((?:[^"\\]|\\.)*)"/g : /\S+/g;
  const words: Word[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = json ? match[1]! : match[0];
    const start = match.index + (json ? 1 : 0);
    if (!json && value.startsWith('--')) continue;
    words.push({ text: value, start, end: start + value.length });
  }
  return words.slice(0, -1);
}

export const dockerfileEnvFileCheck: LanguageCheck = {
  languages: ['dockerfile'],
  keywords: ['.env'],
  check,
};
