import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Function as LambdaFunction, type ILayerVersion, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { FunctionSizing } from '../config/stages.js';
import { OTEL_ENVIRONMENT } from '../config/tracing.js';
import { bundledCode } from './bundling.js';

export interface JifenFunctionProps {
  /** Absolute path of the entry file (exports `handler`). */
  entry: string;
  /** Repository root: holds package-lock.json and node_modules. */
  projectRoot: string;
  description: string;
  sizing: FunctionSizing;
  logRetention: RetentionDays;
  retainLogs: boolean;
  environment: Record<string, string>;
}

/**
 * One Lambda function the way jifen runs them all: Node.js 24 on arm64, bundled
 * locally by esbuild, active tracing (X-Ray receives Lambda's own segments and,
 * with `addOpenTelemetry`, the OpenTelemetry spans), its own log group with a
 * retention, and its own role that may write to that log group and nothing else
 * until granted. (A hand-made role instead of AWSLambdaBasicExecutionRole, which
 * may write to every log group.)
 *
 * Node.js 24 (`nodejs24.x`, deprecated by Lambda on 2028-04-30); the optional
 * tracing layer does not hold the runtime back (docs/deploying.md, "Tracing").
 */
export class JifenFunction extends Construct {
  readonly fn: LambdaFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: JifenFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.retainLogs ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.description}`,
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new LambdaFunction(this, 'Function', {
      code: bundledCode(props.entry, props.projectRoot),
      handler: 'index.handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.sizing.memoryMb,
      timeout: Duration.seconds(props.sizing.timeoutSeconds),
      role: this.role,
      logGroup: this.logGroup,
      tracing: Tracing.ACTIVE,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'jifen',
        POWERTOOLS_METRICS_NAMESPACE: 'jifen',
        ...props.environment,
      },
    });
  }

  /**
   * Traces the function with OpenTelemetry through the AWS Distro for OpenTelemetry
   * layer (`infra/config/tracing.ts`): a span per invocation and per AWS SDK call,
   * with nothing added to the bundle.
   */
  addOpenTelemetry(layer: ILayerVersion): void {
    this.fn.addLayers(layer);
    for (const [name, value] of Object.entries(OTEL_ENVIRONMENT)) this.fn.addEnvironment(name, value);
  }
}
