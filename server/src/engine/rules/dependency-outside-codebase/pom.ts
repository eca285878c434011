// dependency-outside-codebase in Maven's pom.xml:
//   <modules><module>../x</module></modules>               a module of the reactor build kept in another folder
//   <dependency><scope>system</scope><systemPath>/opt/x.jar</systemPath></dependency>
//                                                          a jar taken from a path on the build machine
// `${project.basedir}` and `${basedir}` are the pom's folder; `${user.home}` and `${env.HOME}` a home folder
// (one machine's); any other property (`${java.home}`, the JDK's own jars) is not resolved: silent.
// `<parent><relativePath>` is left alone: Maven falls back to the repository by the parent's coordinates.
import { baseName } from '../../languages/detect';
import { decodeEntities, type XmlElement } from '../../languages/xml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportOutside } from './report';

/** Properties Maven resolves to a folder the engine can place: the pom's own, a home folder. */
const PROPERTY_FOLDERS: readonly [RegExp, string][] = [
  [/^\$\{(?:project\.basedir|basedir|pom\.basedir)\}(?:[\\/]|$)/, ''],
  [/^\$\{(?:user\.home|env\.HOME)\}(?=[\\/]|$)/, '~'],
];

/** A module or system path as written, its leading folder property replaced by what it stands for. */
export function pomPath(written: string): string {
  const path = written.trim();
  for (const [property, folder] of PROPERTY_FOLDERS) {
    const match = property.exec(path);
    if (match) return folder + path.slice(match[0].length) || '.';
  }
  return path;
}

/** What an element names: a reactor module, a system-scoped jar; undefined for every other element. */
function kindOf(element: XmlElement): string | undefined {
  if (element.name === 'module' && element.parent?.name === 'modules') return 'Maven module';
  if (element.name === 'systemPath' && element.parent?.name === 'dependency') return 'Maven system-scoped dependency';
  return undefined;
}

function check(context: RuleContext): void {
  if (baseName(context.path) !== 'pom.xml') return;
  for (const element of context.parsed.xml) {
    const what = kindOf(element);
    if (what === undefined || !element.content) continue;
    const raw = context.text.slice(element.content.start, element.content.end);
    const leading = raw.length - raw.trimStart().length;
    const span = { start: element.content.start + leading, end: element.content.start + raw.trimEnd().length };
    if (span.end > span.start) reportOutside(context, { span }, pomPath(decodeEntities(raw)), what);
  }
}

/** Every report is in a `<module>` or a `<systemPath>`. */
export const xmlCheck: LanguageCheck = { languages: ['xml'], keywords: ['<module', 'systempath'], check };
