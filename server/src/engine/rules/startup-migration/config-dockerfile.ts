// Dockerfile CMD/ENTRYPOINT that migrate before starting, in shell or exec form. RUN is not
// reported: a migration at build time has no production database to reach, which is a
// different mistake (build and run stages mixed, Factor V), not a start-up migration.
import { dockerCommand } from '../../languages/dockerfile';
import type { LanguageCheck, RuleContext } from '../../rule';
import { migrationsInArgv, migrationsInScript } from './config-analysis';
import { MIGRATION_KEYWORDS } from './config-commands';

function check(context: RuleContext): void {
  const { escape, instructions } = context.parsed.dockerfile;
  for (const instruction of instructions) {
    if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT') continue;
    const command = dockerCommand(instruction);
    const hits =
      command.form === 'exec'
        ? migrationsInArgv(command.argv, { requireStart: true })
        : migrationsInScript(command.script, { requireStart: true, escape });
    for (const hit of hits) {
      context.report({
        span: hit.span,
        message:
          `Factor XII: this ${instruction.keyword} migrates the database every time a container starts; ` +
          'run the migration once per release as a one-off process (a release phase, a Job, `docker run ... npm run migrate`) instead.',
      });
    }
  }
}

export const dockerfileCheck: LanguageCheck = {
  languages: ['dockerfile'],
  keywords: MIGRATION_KEYWORDS,
  check,
};
