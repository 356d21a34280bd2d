// The AWS and Kubernetes side of `eks-guide setup` in a process of its own, for the setup benchmark:
// moto_server (STS, EKS, IAM), the EKS proxy that adds access entries and points the cluster at the HTTPS
// API double, and the double itself, which checks EKS tokens against moto's STS. The caller is an SSO-style
// role with a View access entry on namespace shop. Prints one JSON line {cluster, region, namespace, env}
// (env: the AWS_* variables a client needs) once ready; on standard input, `count` prints and resets the
// number of API requests served, and end of input stops everything.
// Usage: tsx tests/support/setup-world-process.ts
import { startEksProxy } from './eks-proxy.ts';
import { startApiDouble } from './kube-api-double.ts';
import { startMoto } from './moto.ts';
import { shopObjects } from './shop-objects.ts';
import { serveCountsUntilStdinCloses } from './count-protocol.ts';

// The SDK's Node-version notice (Node 20 is supported here) would only clutter the benchmark's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const REGION = 'ap-northeast-2';
const CLUSTER = 'shop-prod';
const ROLE = 'AWSReservedSSO_ShopDev_0123456789abcdef';
const VIEW = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy';

const moto = await startMoto(REGION);
const roleArn = await moto.createRole(ROLE, `/aws-reserved/sso.amazonaws.com/${REGION}/`);
await moto.createCluster(CLUSTER);
const credentials = await moto.assumeRole(roleArn, 'alice@example.com');
const api = await startApiDouble({
  version: 'v1.31.2-eks-7f9249a',
  objects: shopObjects(),
  users: {
    [`eks:${ROLE}`]: {
      username: `arn:aws:sts::{{AccountID}}:assumed-role/${ROLE}/{{SessionName}}`,
      allow: [{ verbs: ['get', 'list', 'watch'], resources: ['*'], namespaces: ['shop'] }],
    },
  },
  resolveEksCaller: moto.callerArnResolver(),
});
const proxy = await startEksProxy(moto.url, {
  [CLUSTER]: {
    endpoint: api.url,
    caData: api.caData,
    authenticationMode: 'API_AND_CONFIG_MAP',
    accessEntries: [
      {
        principalArn: roleArn,
        policies: [{ policyArn: VIEW, accessScope: { type: 'namespace', namespaces: ['shop'] } }],
      },
    ],
  },
});
const env = Object.fromEntries(
  Object.entries(moto.envWith(credentials, { AWS_ENDPOINT_URL_EKS: proxy.url })).filter(([k]) => k.startsWith('AWS_')),
);
process.stdout.write(`${JSON.stringify({ cluster: CLUSTER, region: REGION, namespace: 'shop', env })}\n`);

serveCountsUntilStdinCloses(api, () => Promise.all([proxy.close(), api.close()]).then(() => moto.stop()));
