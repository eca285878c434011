// Which /bin/sh runs a Dockerfile's shell-form CMD/ENTRYPOINT (`/bin/sh -c "java -jar app.jar"`), read from the
// final stage's base image. It decides whether a lone command becomes the container's process: bash and busybox
// ash (Alpine) exec the last command of `-c`, so the app is PID 1; Debian's and Ubuntu's dash forks it and stays
// PID 1 itself, and a PID 1 without a handler ignores SIGTERM: the app never sees the signal and is killed after
// the grace period. Known only for the official images of the common runtimes and for tags that name a Debian or
// Ubuntu release; any other base (a company image, `${BASE}`) is undefined, and nothing is reported for it.
import type { DockerInstruction } from '../../languages/dockerfile';

export type ImageShell = 'dash' | 'execs';

/** Official images whose default variants are built on Debian or Ubuntu (`node:20`, `python:3.12-slim`, `eclipse-temurin:21-jre`). */
const DEBIAN_OFFICIAL = new Set([
  'debian', 'ubuntu', 'node', 'python', 'ruby', 'php', 'golang', 'perl', 'rust', 'elixir', 'erlang',
  'eclipse-temurin', 'maven', 'gradle', 'tomcat', 'jetty', 'buildpack-deps', 'pypy', 'haskell', 'swift',
]);
/** Microsoft's .NET images: Debian by default, Alpine or Ubuntu by tag. */
const DOTNET = /^mcr\.microsoft\.com\/dotnet\/(?:aspnet|runtime|runtime-deps|sdk)$/;
/** A tag that names a Debian or Ubuntu release: the image is built on it, whoever publishes it. */
const DEBIAN_RELEASE_TAG = /(?:^|[-.])(?:trixie|bookworm|bullseye|buster|stretch|noble|jammy|focal|bionic)(?:$|[-.])/;
/** Images whose /bin/sh execs a lone `-c` command: busybox ash, and bash where it is /bin/sh (RHEL, Amazon Linux). */
const EXECS_IMAGE = /^(?:alpine|busybox|amazonlinux|amazoncorretto|fedora|centos|rockylinux|almalinux|oraclelinux)$|(?:^|\/)ubi\d*(?:[-/]|$)/;

/** Variants of official images built on RHEL UBI, CentOS or Amazon Linux (`eclipse-temurin:21-jre-ubi9-minimal`): bash. */
const EXECS_TAG = /(?:^|-)(?:ubi\d*|centos\d*|rockylinux\d*|oraclelinux\d*|amazonlinux\d*|al20\d\d)(?:-|$)/;

/** The shell of the final stage's base image, following `FROM <earlier stage>`; undefined when not known. */
export function finalStageShell(instructions: readonly DockerInstruction[]): ImageShell | undefined {
  const stages = new Map<string, number>();
  const froms: { image: string; index: number }[] = [];
  instructions.forEach((instruction, index) => {
    if (instruction.keyword !== 'FROM') return;
    const words = instruction.args.text.trim().split(/\s+/).filter((word) => !word.startsWith('--'));
    froms.push({ image: words[0] ?? '', index });
    if (words[1]?.toLowerCase() === 'as' && words[2]) stages.set(words[2].toLowerCase(), froms.length - 1);
  });
  let at = froms.length - 1;
  for (let hops = 0; at >= 0 && hops < froms.length; hops++) {
    // A SHELL instruction anywhere in the chain picks another shell: not read.
    const end = froms[at + 1]?.index ?? instructions.length;
    if (instructions.slice(froms[at]!.index, end).some((instruction) => instruction.keyword === 'SHELL')) return undefined;
    const earlier = stages.get(froms[at]!.image.toLowerCase());
    if (earlier === undefined || earlier >= at) return imageShell(froms[at]!.image);
    at = earlier;
  }
  return undefined;
}

/** `eclipse-temurin:21-jre` -> dash; `node:20-alpine` -> execs; `registry.example.com/java:21` -> undefined. */
export function imageShell(reference: string): ImageShell | undefined {
  if (reference.includes('$')) return undefined;
  const withoutDigest = reference.split('@')[0]!.toLowerCase();
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > withoutDigest.lastIndexOf('/');
  const name = (hasTag ? withoutDigest.slice(0, colon) : withoutDigest).replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  const tag = hasTag ? withoutDigest.slice(colon + 1) : 'latest';
  if (/alpine|busybox/.test(tag) || EXECS_TAG.test(tag) || EXECS_IMAGE.test(name)) return 'execs';
  if (DEBIAN_RELEASE_TAG.test(tag)) return 'dash';
  if (DOTNET.test(name)) return /cbl-mariner|azurelinux/.test(tag) ? undefined : 'dash';
  // openjdk's 8 and 11 images are Debian; from 17 its default tags are Oracle Linux, where /bin/sh is bash.
  if (name === 'openjdk') return /^(?:8|11)(?:[-.u]|$)|slim|buster|bullseye/.test(tag) ? 'dash' : undefined;
  return DEBIAN_OFFICIAL.has(name) && !/windowsservercore|nanoserver/.test(tag) ? 'dash' : undefined;
}
