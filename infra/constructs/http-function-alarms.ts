import { Duration } from 'aws-cdk-lib';
import type { StageConfig } from '../config/stages.js';
import type { Alarms } from './alarms.js';
import type { JifenFunction } from './jifen-function.js';

/**
 * The two alarms of every HTTP function, a route's or the fallback's: it failed
 * (crash or timeout; handled errors are 5xx answers), and it was throttled.
 * Created next to the function, in whichever stack holds it.
 */
export function alarmHttpFunction(
  alarms: Alarms,
  handler: string,
  fn: JifenFunction,
  thresholds: StageConfig['alarms'],
): void {
  const period = Duration.minutes(thresholds.periodMinutes);
  alarms.add(fn, 'ErrorsAlarm', {
    description: `Function ${handler} failed (crash or timeout) at least ${thresholds.functionErrors} time(s)`,
    threshold: thresholds.functionErrors,
    metric: fn.fn.metricErrors({ statistic: 'Sum', period }),
  });
  alarms.add(fn, 'ThrottlesAlarm', {
    description: `Function ${handler} was throttled at least ${thresholds.functionThrottles} time(s)`,
    threshold: thresholds.functionThrottles,
    metric: fn.fn.metricThrottles({ statistic: 'Sum', period }),
  });
}
