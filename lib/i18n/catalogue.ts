import { common as en_common } from './en/common.ts';
import { common as ko_common } from './ko/common.ts';
import { setup as en_setup } from './en/setup.ts';
import { setup as ko_setup } from './ko/setup.ts';
import { doctor as en_doctor } from './en/doctor.ts';
import { doctor as ko_doctor } from './ko/doctor.ts';
import { concepts as en_concepts } from './en/concepts.ts';
import { concepts as ko_concepts } from './ko/concepts.ts';
import { checksScheduling as en_checksScheduling } from './en/checks-scheduling.ts';
import { checksScheduling as ko_checksScheduling } from './ko/checks-scheduling.ts';
import { checksStorage as en_checksStorage } from './en/checks-storage.ts';
import { checksStorage as ko_checksStorage } from './ko/checks-storage.ts';
import { checksServices as en_checksServices } from './en/checks-services.ts';
import { checksServices as ko_checksServices } from './ko/checks-services.ts';
import { checksContainers as en_checksContainers } from './en/checks-containers.ts';
import { checksContainers as ko_checksContainers } from './ko/checks-containers.ts';
import { checksWorkloads as en_checksWorkloads } from './en/checks-workloads.ts';
import { checksWorkloads as ko_checksWorkloads } from './ko/checks-workloads.ts';
import { checksAutoscaling as en_checksAutoscaling } from './en/checks-autoscaling.ts';
import { checksAutoscaling as ko_checksAutoscaling } from './ko/checks-autoscaling.ts';
import { output as en_output } from './en/output.ts';
import { output as ko_output } from './ko/output.ts';
import { map as en_map } from './en/map.ts';
import { map as ko_map } from './ko/map.ts';

import { token as en_token } from './en/token.ts';
import { token as ko_token } from './ko/token.ts';

import { cli as en_cli } from './en/cli.ts';
import { health as en_health } from './en/health.ts';
import { health as ko_health } from './ko/health.ts';
import { cli as ko_cli } from './ko/cli.ts';

/**
 * The English catalogue, merged from one file per area under en/ (keys are prefixed by area,
 * so parts never collide). Each area has its twin under ko/, typed against it.
 */
export const en = {
  ...en_common,
  ...en_setup,
  ...en_doctor,
  ...en_concepts,
  ...en_checksScheduling,
  ...en_checksStorage,
  ...en_checksServices,
  ...en_checksContainers,
  ...en_checksWorkloads,
  ...en_checksAutoscaling,
  ...en_output,
  ...en_map,

  ...en_token,

  ...en_cli,
  ...en_health,
} as const;

export type MessageKey = keyof typeof en;

/** The Korean catalogue; typed so a key missing from a Korean part fails the type check. */
export const ko: { readonly [K in MessageKey]: string } = {
  ...ko_common,
  ...ko_setup,
  ...ko_doctor,
  ...ko_concepts,
  ...ko_checksScheduling,
  ...ko_checksStorage,
  ...ko_checksServices,
  ...ko_checksContainers,
  ...ko_checksWorkloads,
  ...ko_checksAutoscaling,
  ...ko_output,
  ...ko_map,

  ...ko_token,

  ...ko_cli,
  ...ko_health,
};

export const catalogues = { en, ko } as const;
export type Lang = keyof typeof catalogues;
