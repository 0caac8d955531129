/**
 * Reads a cloud assembly written by `cdk synth`: each stack's template and the
 * templates of its nested stacks, as the CLI would upload them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Templates are untyped JSON; the tests read them as such. */
export type Json = any;

export interface AssemblyTemplate {
  /** The top-level stack's name, or the nested template's file name. */
  name: string;
  /** The top-level stack this template belongs to (itself for a top-level stack). */
  stackName: string;
  /** The logical id of the nested stack resource in its parent, for a nested template. */
  nestedIn?: { parent: AssemblyTemplate; logicalId: string };
  template: Json;
}

export interface CloudAssembly {
  dir: string;
  /** Top-level stacks first, each followed by its nested stacks. */
  templates: AssemblyTemplate[];
  stack(stackName: string): AssemblyTemplate;
  /** Every resource of a type, with the template that holds it. */
  resources(type: string): { owner: AssemblyTemplate; logicalId: string; resource: Json }[];
}

export function readCloudAssembly(dir: string): CloudAssembly {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Json;
  const templates: AssemblyTemplate[] = [];
  const addNested = (parent: AssemblyTemplate): void => {
    for (const [logicalId, resource] of Object.entries<Json>(parent.template.Resources ?? {})) {
      if (resource.Type !== 'AWS::CloudFormation::Stack') continue;
      const file = resource.Metadata['aws:asset:path'] as string;
      const nested: AssemblyTemplate = {
        name: file,
        stackName: parent.stackName,
        nestedIn: { parent, logicalId },
        template: JSON.parse(readFileSync(join(dir, file), 'utf8')),
      };
      templates.push(nested);
      addNested(nested);
    }
  };
  for (const [name, artifact] of Object.entries<Json>(manifest.artifacts)) {
    if (artifact.type !== 'aws:cloudformation:stack') continue;
    const top: AssemblyTemplate = {
      name,
      stackName: name,
      template: JSON.parse(readFileSync(join(dir, artifact.properties.templateFile), 'utf8')),
    };
    templates.push(top);
    addNested(top);
  }
  return {
    dir,
    templates,
    stack: (stackName) => {
      const found = templates.find((t) => t.name === stackName && !t.nestedIn);
      if (!found) throw new Error(`no stack ${stackName} in ${dir}: ${templates.map((t) => t.name).join(', ')}`);
      return found;
    },
    resources: (type) =>
      templates.flatMap((owner) =>
        Object.entries<Json>(owner.template.Resources ?? {})
          .filter(([, resource]) => resource.Type === type)
          .map(([logicalId, resource]) => ({ owner, logicalId, resource })),
      ),
  };
}
