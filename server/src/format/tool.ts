// Who we are, for --version, JSON and SARIF output.
import { name, version } from '../../../package.json';

export const TOOL = {
  name,
  version,
  informationUri: 'https://github.com/twelve-factor-lint/twelve-factor-lint',
} as const;
