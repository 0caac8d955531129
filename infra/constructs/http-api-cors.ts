import { Duration, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import {
  AwsCustomResource,
  AwsCustomResourcePolicy,
  type AwsSdkCall,
  PhysicalResourceId,
} from 'aws-cdk-lib/custom-resources';
import { Construct, type IConstruct } from 'constructs';

/** What a browser page may send to the API and read from its answers. */
export const API_CORS = {
  allowMethods: ['GET', 'PUT', 'POST', 'DELETE'],
  allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'accept', 'x-correlation-id'],
  exposeHeaders: ['x-correlation-id', 'idempotent-replayed', 'retry-after', 'allow', 'content-disposition'],
  maxAge: Duration.hours(1),
} as const;

export interface HttpApiCorsProps {
  api: HttpApi;
  /** Exactly these browser origins, `https://host` each. */
  allowOrigins: string[];
  logGroup: ILogGroup;
}

/**
 * The HTTP API's CORS configuration, set after the API and the console's
 * distribution exist. It cannot be a property of the API resource: the console's
 * content security policy names the API, the distribution carries that policy,
 * and CORS names the distribution, a cycle CloudFormation refuses. API Gateway
 * then answers preflight requests itself and adds the CORS headers to every answer.
 */
export class HttpApiCors extends Construct {
  readonly resource: AwsCustomResource;
  /** The role of the stack's one AwsCustomResource function, which makes the call. */
  readonly providerRole: IConstruct;

  constructor(scope: Construct, id: string, props: HttpApiCorsProps) {
    super(scope, id);
    const { api } = props;
    const apiArn = Stack.of(this).formatArn({
      service: 'apigateway',
      account: '',
      resource: '/apis',
      resourceName: api.apiId,
    });
    const setCors: AwsSdkCall = {
      service: 'ApiGatewayV2',
      action: 'UpdateApi',
      parameters: {
        ApiId: api.apiId,
        CorsConfiguration: {
          AllowOrigins: props.allowOrigins,
          AllowMethods: [...API_CORS.allowMethods],
          AllowHeaders: [...API_CORS.allowHeaders],
          ExposeHeaders: [...API_CORS.exposeHeaders],
          MaxAge: API_CORS.maxAge.toSeconds(),
        },
      },
      physicalResourceId: PhysicalResourceId.of(api.apiId),
      // The whole UpdateApi answer could pass the 4 KB limit of a custom resource's response.
      outputPaths: ['ApiId'],
    };
    this.resource = new AwsCustomResource(this, 'Resource', {
      resourceType: 'Custom::HttpApiCors',
      onCreate: setCors,
      onUpdate: setCors,
      // On a replaced API the old one may already be gone.
      onDelete: {
        service: 'ApiGatewayV2',
        action: 'DeleteCorsConfiguration',
        parameters: { ApiId: api.apiId },
        ignoreErrorCodesMatching: 'NotFoundException',
      },
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({ actions: ['apigateway:PATCH'], resources: [apiArn] }),
        new PolicyStatement({ actions: ['apigateway:DELETE'], resources: [`${apiArn}/cors`] }),
      ]),
      installLatestAwsSdk: false,
      logGroup: props.logGroup,
    });
    const principal = this.resource.grantPrincipal;
    if (!Construct.isConstruct(principal)) throw new Error('AwsCustomResource is expected to create its own role');
    this.providerRole = principal;
  }
}
