import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
  type BehaviorOptions,
  type ICachePolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, type ISource, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import {
  CONSOLE_ENTRY_CACHE_CONTROL,
  CONSOLE_HASHED_ASSET_CACHE_CONTROL,
  CONSOLE_HASHED_ASSETS_DIR,
  CONSOLE_HSTS_MAX_AGE_SECONDS,
  consoleContentSecurityPolicy,
} from '../config/console-headers.js';

export interface ConsoleHostingProps {
  stageName: string;
  /** The console's built files (`consoleBuild()`). */
  files: ISource;
  /** The HTTP API's base URL without a trailing slash: written to `config.json`, and its origin to the CSP. */
  apiUrl: string;
  /** Stage setting `retainData`: the bucket and its files outlive the stack, as the stage's logs do. */
  retain: boolean;
  logRetention: RetentionDays;
}

/**
 * The operator console as static files: a private bucket that only this
 * distribution may read (origin access control), served over HTTPS with the
 * console's security headers, and filled on every deploy with the build and a
 * `config.json` naming the API.
 */
export class ConsoleHosting extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  readonly deployment: BucketDeployment;
  /** `https://<distribution domain>`: the only browser origin the API's CORS allows by default. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);
    const removalPolicy = props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy,
    });

    const origin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    const behavior = (cachePolicy: ICachePolicy, cacheControl: string, name: string): BehaviorOptions => ({
      origin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      compress: true,
      cachePolicy,
      responseHeadersPolicy: this.headersPolicy(name, props.apiUrl, cacheControl),
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `jifen ${props.stageName}: operator console`,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // index.html and config.json: never cached at the edge, so a deploy shows at once without an invalidation.
      defaultBehavior: behavior(CachePolicy.CACHING_DISABLED, CONSOLE_ENTRY_CACHE_CONTROL, 'EntryHeaders'),
      additionalBehaviors: {
        [`${CONSOLE_HASHED_ASSETS_DIR}/*`]: behavior(
          CachePolicy.CACHING_OPTIMIZED,
          CONSOLE_HASHED_ASSET_CACHE_CONTROL,
          'HashedAssetHeaders',
        ),
      },
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;

    this.deployment = new BucketDeployment(this, 'Files', {
      destinationBucket: this.bucket,
      // Last, so that it wins over any config.json of the build (the local server's answer).
      sources: [props.files, Source.jsonData('config.json', { apiUrl: props.apiUrl })],
      // Out of a retained bucket nothing is deleted; in a destroyed one the files go first, so the bucket can.
      retainOnDelete: props.retain,
      memoryLimit: 512,
      logGroup: new LogGroup(this, 'DeploymentLogs', { retention: props.logRetention, removalPolicy }),
    });
  }

  /** The security headers of every response, plus how long the browser may keep it. */
  private headersPolicy(id: string, apiUrl: string, cacheControl: string): ResponseHeadersPolicy {
    return new ResponseHeadersPolicy(this, id, {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: consoleContentSecurityPolicy(apiUrl), override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(CONSOLE_HSTS_MAX_AGE_SECONDS),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      },
      customHeadersBehavior: { customHeaders: [{ header: 'Cache-Control', value: cacheControl, override: true }] },
    });
  }
}
