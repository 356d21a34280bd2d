import type { Finding } from '../../lib/doctor/finding.ts';
import { minutesSince } from '../../lib/doctor/finding-time.ts';
import { msg, type Message } from '../../lib/i18n/index.ts';
import { serviceFinding, type ServiceContext } from './service-finding.ts';

const GRACE_MINUTES = 2;

/** A LoadBalancer Service that still has no address a few minutes after it was created. */
export function pendingLoadBalancer(ctx: ServiceContext): Finding | undefined {
  const { service, snapshot, ref } = ctx;
  if (service.spec?.type !== 'LoadBalancer') return undefined;
  if (service.status?.loadBalancer?.ingress?.length) return undefined;
  const minutes = minutesSince(service.metadata?.creationTimestamp, snapshot);
  if (minutes < GRACE_MINUTES) return undefined;

  const lbClass = service.spec.loadBalancerClass;
  const lbcFailed = ctx.events.find((g) => g.reason === 'FailedBuildModel' || g.reason === 'FailedDeployModel');
  const cloudFailed = ctx.events.find((g) => g.reason === 'SyncLoadBalancerFailed');
  const latest = ctx.events[0];
  let cause: Message;
  if (lbcFailed)
    cause = msg('check.service-endpoints.cause.lbControllerFailed', { minutes, detail: lbcFailed.message });
  else if (cloudFailed)
    cause = msg('check.service-endpoints.cause.lbCloudFailed', { minutes, detail: cloudFailed.message });
  else if (latest) cause = msg('check.service-endpoints.cause.lbStillPending', { minutes, detail: latest.message });
  else cause = msg('check.service-endpoints.cause.lbNoController', { minutes });

  const details: Message[] = [];
  if (lbClass) details.push(msg('check.service-endpoints.detail.lbClass', { lbClass }));
  if (ctx.events.some((g) => /subnet/i.test(g.message))) details.push(msg('check.service-endpoints.detail.subnetTags'));
  const remedy: Message[] =
    latest || lbClass
      ? [msg('check.service-endpoints.remedy.readLbEvents')]
      : [msg('check.service-endpoints.remedy.installLbController')];
  remedy.push(msg('check.service-endpoints.remedy.checkLbController'));
  return serviceFinding(ctx, 'load-balancer-pending', 'warning', cause, {
    details,
    remedy,
    commands: [
      `kubectl get events -n ${ref.namespace} --field-selector involvedObject.kind=Service,involvedObject.name=${ref.name}`,
      'kubectl get deployment -n kube-system aws-load-balancer-controller',
      'kubectl logs -n kube-system deployment/aws-load-balancer-controller --tail=50',
    ],
    evidence: [{ source: 'status', text: 'status.loadBalancer: {}' }],
    concept: 'load-balancer',
  });
}
