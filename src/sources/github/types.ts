/** The repository a request is about, passed to every endpoint function. */
export interface RepoRef {
  owner: string;
  repo: string;
}
