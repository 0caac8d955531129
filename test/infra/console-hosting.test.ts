import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, AssetStaging, Stack } from 'aws-cdk-lib';
import { CachePolicy } from 'aws-cdk-lib/aws-cloudfront';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONSOLE_ENTRY_CACHE_CONTROL,
  CONSOLE_HASHED_ASSET_CACHE_CONTROL,
  consoleContentSecurityPolicy,
} from '../../infra/config/console-headers.js';
import { consoleBuild } from '../../infra/constructs/console-build.js';
import { API_CORS } from '../../infra/constructs/http-api-cors.js';
import { type SynthesizedApp, synthesize } from './synth.js';

type Json = Record<string, any>;

/** A template value as text, references shown as `<LogicalId>` or `<LogicalId.Attribute>`. */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  const json = value as Json;
  if (json.Ref) return `<${json.Ref}>`;
  if (json['Fn::GetAtt']) return `<${json['Fn::GetAtt'].join('.')}>`;
  if (json['Fn::Join']) return (json['Fn::Join'][1] as unknown[]).map(render).join(json['Fn::Join'][0]);
  throw new Error(`Cannot render ${JSON.stringify(value)}`);
}

describe('Construct: ConsoleHosting', { timeout: 120_000 }, () => {
  let dev: SynthesizedApp;
  let prod: SynthesizedApp;
  const extraOrigin = 'https://ops.example.com';

  beforeAll(() => {
    dev = synthesize('dev', {
      stage: (config) => ({ ...config, api: { ...config.api, corsAllowOrigins: [extraOrigin] } }),
    });
    prod = synthesize('prod');
  }, 120_000);

  const only = (synthesized: SynthesizedApp, type: string): [string, Json] => {
    const found = Object.entries(synthesized.apiTemplate.findResources(type));
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const apiId = (synthesized: SynthesizedApp) => only(synthesized, 'AWS::ApiGatewayV2::Api')[0];
  const distribution = (synthesized: SynthesizedApp) => only(synthesized, 'AWS::CloudFront::Distribution');
  const behaviours = (synthesized: SynthesizedApp): Json[] => {
    const config = distribution(synthesized)[1].Properties.DistributionConfig;
    return [config.DefaultCacheBehavior, ...config.CacheBehaviors];
  };
  const headersPolicy = (synthesized: SynthesizedApp, behaviour: Json): Json =>
    synthesized.apiTemplate.toJSON().Resources[behaviour.ResponseHeadersPolicyId.Ref].Properties
      .ResponseHeadersPolicyConfig;
  const corsCall = (synthesized: SynthesizedApp, event: 'Create' | 'Update' | 'Delete'): Json =>
    JSON.parse(render(only(synthesized, 'Custom::HttpApiCors')[1].Properties[event]));

  describe('bucket', () => {
    it('is private, encrypted and refuses plain HTTP', () => {
      const [bucketId, bucket] = only(prod, 'AWS::S3::Bucket');
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(
        bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault,
      ).toEqual({
        SSEAlgorithm: 'AES256',
      });
      const statements: Json[] = only(prod, 'AWS::S3::BucketPolicy')[1].Properties.PolicyDocument.Statement;
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          Resource: [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, expect.anything()],
        }),
      );
    });

    it('may be read by this distribution alone, through origin access control', () => {
      const [distributionId, { Properties }] = distribution(prod);
      const statements: Json[] = only(prod, 'AWS::S3::BucketPolicy')[1].Properties.PolicyDocument.Statement;
      const allows = statements.filter((statement) => statement.Effect === 'Allow');
      expect(allows).toHaveLength(1);
      expect(allows[0]).toMatchObject({ Action: 's3:GetObject', Principal: { Service: 'cloudfront.amazonaws.com' } });
      expect(render(allows[0]!.Condition.StringEquals['AWS:SourceArn'])).toBe(
        `arn:<AWS::Partition>:cloudfront::<AWS::AccountId>:distribution/<${distributionId}>`,
      );

      const [oacId, oac] = only(prod, 'AWS::CloudFront::OriginAccessControl');
      expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      });
      const [origin] = Properties.DistributionConfig.Origins;
      expect(Properties.DistributionConfig.Origins).toHaveLength(1);
      expect(origin.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [oacId, 'Id'] });
      expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    });

    it('keeps the bucket and its files in prod; in dev removes the files, then the bucket', () => {
      for (const [synthesized, retain] of [
        [prod, true],
        [dev, false],
      ] as const) {
        const [, bucket] = only(synthesized, 'AWS::S3::Bucket');
        expect(bucket.DeletionPolicy).toBe(retain ? 'Retain' : 'Delete');
        expect(only(synthesized, 'Custom::CDKBucketDeployment')[1].Properties.RetainOnDelete).toBe(retain);
      }
    });
  });

  describe('distribution', () => {
    it('redirects HTTP to HTTPS, serves only GET and HEAD, and answers / with index.html', () => {
      expect(distribution(prod)[1].Properties.DistributionConfig.DefaultRootObject).toBe('index.html');
      for (const behaviour of behaviours(prod)) {
        expect(behaviour.ViewerProtocolPolicy).toBe('redirect-to-https');
        expect(behaviour.AllowedMethods).toEqual(['GET', 'HEAD']);
      }
    });

    it('caches the content-hashed assets for a year, index.html and config.json not at all', () => {
      const [entry, ...others] = behaviours(prod);
      expect(entry!.CachePolicyId).toBe(CachePolicy.CACHING_DISABLED.cachePolicyId);
      expect(headersPolicy(prod, entry!).CustomHeadersConfig.Items).toEqual([
        { Header: 'Cache-Control', Value: CONSOLE_ENTRY_CACHE_CONTROL, Override: true },
      ]);
      expect(others).toHaveLength(1);
      expect(others[0]!.PathPattern).toBe('assets/*');
      expect(others[0]!.CachePolicyId).toBe(CachePolicy.CACHING_OPTIMIZED.cachePolicyId);
      expect(headersPolicy(prod, others[0]!).CustomHeadersConfig.Items).toEqual([
        { Header: 'Cache-Control', Value: CONSOLE_HASHED_ASSET_CACHE_CONTROL, Override: true },
      ]);
    });

    it('sends the console CSP naming the API origin, and the security headers, on every answer', () => {
      const expectedPolicy = prod.api.resolve(consoleContentSecurityPolicy(prod.api.api.apiEndpoint));
      for (const behaviour of behaviours(prod)) {
        const security = headersPolicy(prod, behaviour).SecurityHeadersConfig;
        expect(security.ContentSecurityPolicy).toEqual({ ContentSecurityPolicy: expectedPolicy, Override: true });
        const policy = render(security.ContentSecurityPolicy.ContentSecurityPolicy);
        expect(policy).toContain(`connect-src 'self' <${apiId(prod)}.ApiEndpoint>;`);
        expect(policy).not.toMatch(/unsafe-|\*/);
        expect(security).toMatchObject({
          StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true },
          ContentTypeOptions: { Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
        });
      }
    });

    it('outputs the console URL', () => {
      expect(render(prod.apiTemplate.toJSON().Outputs.ConsoleUrl.Value)).toBe(
        `https://<${distribution(prod)[0]}.DomainName>`,
      );
    });
  });

  describe('files', () => {
    it("deploys the build and a config.json naming the API's base URL into the bucket", () => {
      const [bucketId] = only(prod, 'AWS::S3::Bucket');
      const { Properties } = only(prod, 'Custom::CDKBucketDeployment')[1];
      expect(Properties.DestinationBucketName).toEqual({ Ref: bucketId });
      expect(Properties.SourceObjectKeys).toHaveLength(2);
      expect(Properties.SourceMarkers[0]).toEqual({});
      const [marker, value] = Object.entries(Properties.SourceMarkers[1] as Json)[0]!;
      expect(value).toEqual({ 'Fn::GetAtt': [apiId(prod), 'ApiEndpoint'] });

      // The staged config.json carries the marker the deployment replaces with the API's endpoint.
      const configAsset = (Properties.SourceObjectKeys[1] as string).replace(/\.zip$/, '');
      const config = readFileSync(join(prod.app.outdir, `asset.${configAsset}`, 'config.json'), 'utf8');
      expect(JSON.parse(config)).toEqual({ apiUrl: marker });
    });

    it('rebuilds the console when its sources or the lockfile change, not when its build output does', () => {
      const root = mkdtempSync(join(tmpdir(), 'jifen-console-'));
      try {
        mkdirSync(join(root, 'console/src'), { recursive: true });
        mkdirSync(join(root, 'console/dist'));
        mkdirSync(join(root, 'console/node_modules'));
        mkdirSync(join(root, 'functions'));
        writeFileSync(join(root, 'package-lock.json'), '{}');
        writeFileSync(join(root, 'console/src/main.tsx'), 'export {};');
        const hash = (): string => {
          AssetStaging.clearAssetHashCache();
          const stack = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Console');
          const handlerRole = new Role(stack, 'Deployer', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
          return consoleBuild(root).bind(stack, { handlerRole }).zipObjectKey;
        };

        const original = hash();
        writeFileSync(join(root, 'console/dist/index.html'), '<!doctype html>');
        writeFileSync(join(root, 'console/node_modules/x.js'), '');
        writeFileSync(join(root, 'functions/earn.ts'), '');
        expect(hash()).toBe(original);

        writeFileSync(join(root, 'console/src/main.tsx'), 'export const changed = 1;');
        const afterSource = hash();
        expect(afterSource).not.toBe(original);
        writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
        expect(hash()).not.toBe(afterSource);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  });

  describe('CORS on the HTTP API', () => {
    it("allows exactly the console's origin and the stage's extra ones, with what the console sends", () => {
      const distributionId = distribution(prod)[0];
      const parameters = corsCall(prod, 'Create').parameters;
      expect(parameters.ApiId).toBe(`<${apiId(prod)}>`);
      expect(parameters.CorsConfiguration).toEqual({
        AllowOrigins: [`https://<${distributionId}.DomainName>`],
        AllowMethods: ['GET', 'PUT', 'POST', 'DELETE'],
        AllowHeaders: expect.arrayContaining(['authorization', 'content-type', 'idempotency-key', 'accept']),
        ExposeHeaders: [...API_CORS.exposeHeaders],
        MaxAge: 3600,
      });
      expect(corsCall(prod, 'Update')).toEqual(corsCall(prod, 'Create'));
      expect(corsCall(dev, 'Create').parameters.CorsConfiguration.AllowOrigins).toEqual([
        `https://<${distribution(dev)[0]}.DomainName>`,
        extraOrigin,
      ]);
    });

    it('is set after the API exists, and removed with it (the API resource itself carries none)', () => {
      expect(only(prod, 'AWS::ApiGatewayV2::Api')[1].Properties.CorsConfiguration).toBeUndefined();
      expect(corsCall(prod, 'Create').action).toBe('UpdateApi');
      expect(corsCall(prod, 'Delete')).toMatchObject({
        action: 'DeleteCorsConfiguration',
        parameters: { ApiId: `<${apiId(prod)}>` },
      });
    });

    it("lets its function change this API's CORS configuration and nothing else", () => {
      const corsPolicy = Object.values(prod.apiTemplate.findResources('AWS::IAM::Policy')).find((policy) =>
        String(policy.Properties.PolicyName).startsWith('HttpApiCors'),
      )!;
      const statements = (corsPolicy.Properties.PolicyDocument.Statement as Json[]).map((statement) => ({
        action: statement.Action,
        resource: render(statement.Resource),
      }));
      expect(statements).toEqual([
        {
          action: 'apigateway:PATCH',
          resource: `arn:<AWS::Partition>:apigateway:<AWS::Region>::/apis/<${apiId(prod)}>`,
        },
        {
          action: 'apigateway:DELETE',
          resource: `arn:<AWS::Partition>:apigateway:<AWS::Region>::/apis/<${apiId(prod)}>/cors`,
        },
      ]);
    });
  });
});
