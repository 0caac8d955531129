import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/**
 * Per-stage settings as typed data. Nothing here reads the environment:
 * `infra/bin/app.ts` picks a stage by name and may override `alarmEmail`.
 */
export type StageName = 'dev' | 'prod';

export interface FunctionSizing {
  memoryMb: number;
  timeoutSeconds: number;
}

export interface StageConfig {
  name: StageName;
  /** Stateful resources (table, admin key secret, log groups) survive `cdk destroy` and refuse deletion. */
  retainData: boolean;
  /** DynamoDB deletion protection: the table cannot be deleted even by hand until it is switched off. */
  deletionProtection: boolean;
  /** Retention of every function's log group and of the API access log. */
  logRetention: RetentionDays;
  api: {
    /** Default route throttling of the `$default` stage (steady requests per second and burst). */
    throttle: { rateLimit: number; burstLimit: number };
    /**
     * Each public route's own throttle (the rules page, the OpenAPI document):
     * a flood of anonymous views is refused 429 there, within its own limit,
     * instead of taking the share of the routes that move points.
     */
    publicThrottle: { rateLimit: number; burstLimit: number };
    /** Browser origins CORS allows besides the operator console's own, which it always allows (merchant systems call server to server). */
    corsAllowOrigins: string[];
  };
  functions: {
    http: FunctionSizing;
    jobs: FunctionSizing;
  };
  schedules: {
    /** EventBridge Scheduler expressions, evaluated in UTC. */
    expiryCron: string;
    tiersCron: string;
    /** Early in the UTC day: the scheduled time is the `asOf` whose date is the birthday paid. */
    bonusesCron: string;
    /** Hourly: ends the transfers whose partner did not confirm in time. */
    transfersCron: string;
    /** Reconciliation run of the promotions job, so that a missed one-time schedule heals. */
    promotionsEveryMinutes: number;
    /** Attempts after the first failed invocation, and the age after which an event goes to the DLQ. */
    retryAttempts: number;
    maxEventAgeHours: number;
  };
  alarms: {
    /** Length of one evaluation period. */
    periodMinutes: number;
    /** Share of API requests answered 5xx, in percent, over one period. */
    api5xxRatePercent: number;
    /** Lambda `Errors` (crashes, timeouts; handled errors are 5xx answers) per HTTP function per period. */
    functionErrors: number;
    /** Lambda `Throttles` per function per period. */
    functionThrottles: number;
    /** A failed job invocation (after the retries of the schedule) per period. */
    jobErrors: number;
    /** DynamoDB `ThrottledRequests` summed over the operations jifen uses, per period. */
    dynamoThrottledRequests: number;
    /** DynamoDB `SystemErrors` per period. */
    dynamoSystemErrors: number;
  };
  /** Subscribed to the alarm topic when set (it must confirm the subscription). */
  alarmEmail?: string;
}

export const stages: Record<StageName, StageConfig> = {
  dev: {
    name: 'dev',
    retainData: false,
    deletionProtection: false,
    logRetention: RetentionDays.TWO_WEEKS,
    api: {
      throttle: { rateLimit: 50, burstLimit: 100 },
      publicThrottle: { rateLimit: 10, burstLimit: 20 },
      corsAllowOrigins: [],
    },
    functions: {
      http: { memoryMb: 512, timeoutSeconds: 10 },
      jobs: { memoryMb: 512, timeoutSeconds: 300 },
    },
    schedules: {
      expiryCron: 'cron(15 2 * * ? *)',
      tiersCron: 'cron(45 2 * * ? *)',
      bonusesCron: 'cron(5 0 * * ? *)',
      transfersCron: 'cron(35 * * * ? *)',
      promotionsEveryMinutes: 15,
      retryAttempts: 3,
      maxEventAgeHours: 2,
    },
    alarms: {
      periodMinutes: 5,
      api5xxRatePercent: 5,
      functionErrors: 1,
      functionThrottles: 1,
      jobErrors: 1,
      dynamoThrottledRequests: 1,
      dynamoSystemErrors: 1,
    },
  },
  prod: {
    name: 'prod',
    retainData: true,
    deletionProtection: true,
    logRetention: RetentionDays.THREE_MONTHS,
    api: {
      throttle: { rateLimit: 500, burstLimit: 1000 },
      publicThrottle: { rateLimit: 100, burstLimit: 200 },
      corsAllowOrigins: [],
    },
    functions: {
      http: { memoryMb: 1024, timeoutSeconds: 10 },
      jobs: { memoryMb: 1024, timeoutSeconds: 900 },
    },
    schedules: {
      expiryCron: 'cron(15 2 * * ? *)',
      tiersCron: 'cron(45 2 * * ? *)',
      bonusesCron: 'cron(5 0 * * ? *)',
      transfersCron: 'cron(35 * * * ? *)',
      promotionsEveryMinutes: 15,
      retryAttempts: 5,
      maxEventAgeHours: 6,
    },
    alarms: {
      periodMinutes: 5,
      api5xxRatePercent: 1,
      functionErrors: 1,
      functionThrottles: 1,
      jobErrors: 1,
      dynamoThrottledRequests: 10,
      dynamoSystemErrors: 1,
    },
  },
};

export function isStageName(value: string): value is StageName {
  return Object.hasOwn(stages, value);
}
