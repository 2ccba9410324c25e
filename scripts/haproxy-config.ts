/**
 * The HAProxy configuration of `npm run cluster` (scripts/cluster.ts): a front per tier (the
 * gateways, then each subgraph) over its replicas, with health checks on their readiness, a
 * resend to the other replica of a read that one died under, and the start stamp the gateways'
 * request deadline runs from. test/balancer-retry.test.ts runs it in the real HAProxy.
 */
import { SUBGRAPH_NAMES } from '../lib/config.ts';
import { REQUEST_START_HEADER } from '../gateway/request-deadline.ts';
import type { ClusterPorts } from './cluster.ts';

export function haproxyCfg(ports: ClusterPorts): string {
  const backend = (name: string, front: number, servers: number[], frontRules = '') => `
frontend ${name}_front
  bind 127.0.0.1:${front}${frontRules}
  default_backend ${name}
backend ${name}
  # HTTP/1.1 with a Host: the services answer a bare HTTP/1.0 check (HAProxy's default) with 400.
  option httpchk
  http-check send meth GET uri /health/ready ver HTTP/1.1 hdr host 127.0.0.1
  # Buffered, a request can be sent again to the other replica when the first dies under it
  # (empty-response), on every retry (redispatch 1), not first to the dead one again.
  option http-buffer-request
  retry-on conn-failure empty-response
  option redispatch 1
  retries 2
  # ... but only a request that replaying cannot change: a read (GET), or a GraphQL document sent
  # in full that never says "mutation" (nor hides a word behind a JSON \\u escape). Anything else,
  # once sent, is never sent again; one that never reached a replica (conn-failure) always is.
  acl graphql path /graphql
  acl may_write req.body -m sub mutation '\\u'
  acl whole_document req.body -m sub '"query"'
  http-request disable-l7-retry if !METH_GET !graphql
  http-request disable-l7-retry if !METH_GET graphql may_write
  http-request disable-l7-retry if !METH_GET graphql !whole_document
${servers.map((p, i) => `  server ${name}${i + 1} 127.0.0.1:${p} check inter 1s fall 3 rise 2`).join('\n')}
`;
  // The gateways' request deadline runs from this stamp (gateway/request-deadline.ts); a resent request keeps it.
  const stamp = `
  http-request set-header ${REQUEST_START_HEADER} t=%[date(0,ms)]`;
  return `global
  maxconn 2000
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  # A gateway's readiness asks every subgraph; on a loaded machine that takes more than a second.
  timeout check 3s
${backend('gateway', ports.balancer, ports.gateways, stamp)}${SUBGRAPH_NAMES.map((n, i) => backend(n, ports.subgraphFront(i), ports.subgraphReplicas(i))).join('')}`;
}
