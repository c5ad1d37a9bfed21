import { globMatcher } from './glob.js';
import type { RolloutPlan } from './model.js';
import type { EnvironmentPolicy, Policy } from './policy.js';

type Matcher = (value: string) => boolean;

/** Paths are matched case-insensitively and dot-folders count: `Deploy/R.YML` is as much in scope as `deploy/r.yml`. */
export function compileGlobs(globs: readonly string[], options: { nocase?: boolean } = {}): Matcher {
  return globMatcher(globs, options);
}

interface CompiledEnvironment {
  env: EnvironmentPolicy;
  paths: Matcher;
  namespaces: Matcher;
  targets: Matcher;
}

const compiled = new WeakMap<Policy, CompiledEnvironment[]>();

function compile(policy: Policy): CompiledEnvironment[] {
  let result = compiled.get(policy);
  if (!result) {
    result = policy.environments.map((env) => ({
      env,
      paths: compileGlobs(env.match?.paths ?? []),
      // Kubernetes names are lower-case; matching them exactly avoids surprises.
      namespaces: compileGlobs(env.match?.namespaces ?? [], { nocase: false }),
      targets: compileGlobs(env.match?.targets ?? [], { nocase: false }),
    }));
    compiled.set(policy, result);
  }
  return result;
}

/** The first environment whose path, namespace or target glob matches the plan; else the default. */
export function environmentFor(plan: RolloutPlan, policy: Policy): EnvironmentPolicy {
  const names = [plan.target.name, plan.delivers?.name].filter((n): n is string => n !== undefined);
  const namespace = plan.target.namespace ?? plan.delivers?.namespace;
  for (const candidate of compile(policy)) {
    if (candidate.paths(plan.file)) return candidate.env;
    if (namespace !== undefined && candidate.namespaces(namespace)) return candidate.env;
    if (names.some((name) => candidate.targets(name))) return candidate.env;
  }
  return policy.defaultEnvironment;
}
