// Every example of this rule names where its manifest sits in the repository (`repositoryPath`), as the node
// layer does from the nearest `.git`; without it only an absolute path can be judged.

/** A manifest at `path`, which is also its place in the repository unless `repositoryPath` says otherwise. */
export const at = (path: string, repositoryPath = path) => ({ path, options: { repositoryPath } });
