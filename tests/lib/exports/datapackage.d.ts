// The Frictionless reference library ships no types; only what the tests use.
declare module 'datapackage' {
  interface Resource {
    name: string;
    read(options: { keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string, options?: { basePath?: string }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}
