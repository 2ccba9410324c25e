import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import * as k8s from 'kubernetes-models';
import * as cnpg from '@kubernetes-models/cloudnative-pg';

/**
 * The deployment files, validated offline (no Docker engine or Kubernetes cluster runs here):
 * Compose by docker-compose itself, the manifests rendered by kustomize and each checked
 * against the Kubernetes (and CloudNativePG) JSON schemas.
 */
const rendered = () => execFileSync('kubectl', ['kustomize', 'deploy/k8s'], { encoding: 'utf8' });
const manifests = () =>
  parseAllDocuments(rendered()).map((d) => d.toJSON() as { apiVersion: string; kind: string; metadata: { name: string }; spec?: any });

/** The model class for an apiVersion and kind, e.g. apps/v1 Deployment -> k8s.apps.v1.Deployment. */
function modelOf(apiVersion: string, kind: string): (new (data: object) => { validate(): void }) | undefined {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  // The packages name each API group in camel case: postgresql.cnpg.io -> postgresqlCnpgIo.
  const camel = group!
    .split('.')
    .map((part, i) => (i ? part[0]!.toUpperCase() + part.slice(1) : part))
    .join('');
  const models: any = group === 'postgresql.cnpg.io' ? cnpg : k8s;
  return (group ? models[camel]?.[version!] : models[version!])?.[kind];
}

describe('deploy/', () => {
  it('the Compose file is valid for docker-compose', () => {
    expect(() =>
      execFileSync('docker-compose', ['-f', 'deploy/compose.yaml', 'config', '-q'], {
        env: { ...process.env, POSTGRES_PASSWORD: 'validation-only', AUTH_JWKS_URL: 'https://id.example/jwks.json' },
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  it('the Compose file refuses to render without its secrets', () => {
    const env = { ...process.env };
    delete env.POSTGRES_PASSWORD;
    expect(() => execFileSync('docker-compose', ['-f', 'deploy/compose.yaml', 'config', '-q'], { env, stdio: 'pipe' })).toThrow(
      /POSTGRES_PASSWORD/,
    );
  });

  it("the Compose balancer's configuration is valid for HAProxy", () => {
    // .ci/run installs HAProxy (the cluster test runs it); the check reads the file only.
    expect(execFileSync('haproxy', ['-c', '-f', 'deploy/haproxy.cfg'], { encoding: 'utf8', stdio: 'pipe' })).toMatch(/valid/);
  });

  it('every rendered manifest validates against its schema', () => {
    const all = manifests();
    for (const m of all) {
      const Model = modelOf(m.apiVersion, m.kind);
      expect(Model, `${m.apiVersion} ${m.kind}`).toBeDefined();
      expect(() => new Model!(m).validate(), `${m.kind}/${m.metadata.name}`).not.toThrow();
    }
    const kinds = new Set(all.map((m) => m.kind));
    for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler', 'Secret', 'Cluster', 'Pooler', 'Job'])
      expect(kinds).toContain(kind);
  });

  it('runs every service with replicas and probes, and pools in transaction mode', () => {
    const all = manifests();
    const deployments = all.filter((m) => m.kind === 'Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([
      'coverage',
      'culture',
      'education',
      'gateway',
      'geography',
      'health',
      'labour',
    ]);
    for (const d of deployments) {
      expect(d.spec.replicas).toBeGreaterThanOrEqual(2);
      const [container] = d.spec.template.spec.containers;
      expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
      expect(container.livenessProbe.httpGet.path).toBe('/health/live');
      expect(container.image).toBe('registry.example.gov.vn/child-coverage-graph:0.1.0');
    }
    const poolers = all.filter((m) => m.kind === 'Pooler');
    expect(poolers.map((p) => [p.spec.type, p.spec.pgbouncer.poolMode]).sort()).toEqual([
      ['ro', 'transaction'],
      ['rw', 'transaction'],
    ]);
  });

  it('a broken manifest fails the check', () => {
    const [deployment] = manifests().filter((m) => m.kind === 'Deployment');
    const Model = modelOf(deployment!.apiVersion, deployment!.kind)!;
    expect(() => new Model({ ...deployment, spec: { ...deployment!.spec, replicas: 'two' } }).validate()).toThrow();
  });
});
