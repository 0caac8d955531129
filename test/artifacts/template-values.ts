/**
 * CloudFormation's intrinsic functions, evaluated over a cloud assembly with
 * local stand-ins for what only a deployment knows: the account, the region and
 * each resource's physical name. The table's name is the one DynamoDB Local
 * holds; every other resource gets a name derived from its logical id, in the
 * format its `Ref` and `Arn` have in AWS, so that policies and environments
 * resolve to the same strings the calls name.
 */
import type { AssemblyTemplate, CloudAssembly, Json } from '../helpers/cloud-assembly.js';

export interface LocalDeployment {
  account: string;
  region: string;
  /** Physical names by logical id, where a test decides them (the table). */
  physicalNames: Record<string, string>;
}

const NAME_PROPERTIES = ['Name', 'TableName', 'FunctionName', 'RoleName', 'QueueName', 'TopicName', 'LogGroupName'];

export class TemplateValues {
  constructor(
    private readonly assembly: CloudAssembly,
    readonly deployment: LocalDeployment,
  ) {}

  /** The value as deployed: strings, or arrays and objects of them. */
  resolve(owner: AssemblyTemplate, value: Json): Json {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((item) => this.resolve(owner, item));
    const keys = Object.keys(value);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::')))
      return this.intrinsic(owner, keys[0]!, value[keys[0]!]);
    return Object.fromEntries(keys.map((key) => [key, this.resolve(owner, value[key])]));
  }

  private intrinsic(owner: AssemblyTemplate, name: string, argument: Json): Json {
    switch (name) {
      case 'Ref':
        return this.ref(owner, argument as string);
      case 'Fn::GetAtt': {
        const [logicalId, attribute] = typeof argument === 'string' ? argument.split(/\.(.*)/s) : argument;
        return this.getAtt(owner, logicalId, attribute);
      }
      case 'Fn::Join': {
        const [separator, parts] = argument as [string, Json[]];
        return (this.resolve(owner, parts) as string[]).join(separator);
      }
      case 'Fn::Select': {
        const [index, list] = argument as [string | number, Json];
        return (this.resolve(owner, list) as string[])[Number(this.resolve(owner, index))];
      }
      case 'Fn::Split': {
        const [separator, text] = argument as [string, Json];
        return (this.resolve(owner, text) as string).split(separator);
      }
      case 'Fn::Sub': {
        const [text, variables] =
          typeof argument === 'string' ? [argument, {}] : (argument as [string, Record<string, Json>]);
        return text.replace(/\$\{([^}]+)\}/g, (_, expression: string) => {
          if (expression in variables) return this.resolve(owner, variables[expression]) as string;
          const [logicalId, attribute] = expression.split(/\.(.*)/s);
          return (attribute ? this.getAtt(owner, logicalId!, attribute) : this.ref(owner, logicalId!)) as string;
        });
      }
      case 'Fn::GetStackOutput': {
        const { StackName, OutputName } = this.resolve(owner, argument) as { StackName: string; OutputName: string };
        return this.output(this.assembly.stack(StackName), OutputName);
      }
      case 'Fn::ImportValue': {
        const exportName = this.resolve(owner, argument) as string;
        for (const template of this.assembly.templates) {
          for (const output of Object.values<Json>(template.template.Outputs ?? {})) {
            if (output.Export && this.resolve(template, output.Export.Name) === exportName)
              return this.resolve(template, output.Value);
          }
        }
        throw new Error(`no export ${exportName}`);
      }
      default:
        throw new Error(`${name} is not evaluated here (in ${owner.name})`);
    }
  }

  private output(template: AssemblyTemplate, outputName: string): Json {
    const output = template.template.Outputs?.[outputName];
    if (!output) throw new Error(`no output ${outputName} in ${template.name}`);
    return this.resolve(template, output.Value);
  }

  private ref(owner: AssemblyTemplate, logicalId: string): Json {
    const { account, region } = this.deployment;
    const pseudo: Record<string, string> = {
      'AWS::AccountId': account,
      'AWS::Region': region,
      'AWS::Partition': 'aws',
      'AWS::URLSuffix': 'amazonaws.com',
      'AWS::StackName': owner.stackName,
    };
    if (logicalId in pseudo) return pseudo[logicalId];
    if (owner.template.Parameters?.[logicalId]) {
      const nestedIn = owner.nestedIn;
      if (!nestedIn) throw new Error(`parameter ${logicalId} of a top-level stack`);
      const given = nestedIn.parent.template.Resources[nestedIn.logicalId].Properties.Parameters[logicalId];
      return this.resolve(nestedIn.parent, given);
    }
    const resource = this.resource(owner, logicalId);
    const name = this.physicalName(owner, logicalId);
    switch (resource.Type) {
      case 'AWS::SecretsManager::Secret':
      case 'AWS::SNS::Topic':
        return this.getAtt(owner, logicalId, 'Arn');
      case 'AWS::SQS::Queue':
        return `https://sqs.${region}.amazonaws.com/${account}/${name}`;
      default:
        return name;
    }
  }

  private getAtt(owner: AssemblyTemplate, logicalId: string, attribute: string): Json {
    const { account, region } = this.deployment;
    const resource = this.resource(owner, logicalId);
    if (resource.Type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) {
      const nested = this.assembly.templates.find(
        (t) => t.nestedIn?.parent === owner && t.nestedIn.logicalId === logicalId,
      )!;
      return this.output(nested, attribute.slice('Outputs.'.length));
    }
    const name = this.physicalName(owner, logicalId);
    const arns: Record<string, string> = {
      'AWS::DynamoDB::Table': `arn:aws:dynamodb:${region}:${account}:table/${name}`,
      'AWS::Lambda::Function': `arn:aws:lambda:${region}:${account}:function:${name}`,
      'AWS::IAM::Role': `arn:aws:iam::${account}:role/${name}`,
      'AWS::SQS::Queue': `arn:aws:sqs:${region}:${account}:${name}`,
      'AWS::SNS::Topic': `arn:aws:sns:${region}:${account}:${name}`,
      'AWS::Logs::LogGroup': `arn:aws:logs:${region}:${account}:log-group:${name}:*`,
      'AWS::SecretsManager::Secret': `arn:aws:secretsmanager:${region}:${account}:secret:${name}-AbCdEf`,
      'AWS::Scheduler::ScheduleGroup': `arn:aws:scheduler:${region}:${account}:schedule-group/${name}`,
      'AWS::KMS::Key': `arn:aws:kms:${region}:${account}:key/${name}`,
    };
    if (attribute === 'Arn' && resource.Type in arns) return arns[resource.Type];
    if (resource.Type === 'AWS::ApiGatewayV2::Api' && attribute === 'ApiEndpoint')
      return `https://${name}.execute-api.${region}.amazonaws.com`;
    if (resource.Type === 'AWS::CloudFront::Distribution' && attribute === 'DomainName')
      return `${name}.cloudfront.net`;
    return `${name}.${attribute}`;
  }

  private resource(owner: AssemblyTemplate, logicalId: string): Json {
    const resource = owner.template.Resources?.[logicalId];
    if (!resource) throw new Error(`no resource ${logicalId} in ${owner.name}`);
    return resource;
  }

  /**
   * A resource's physical name: the test's, the template's own (`Name` and the like), or its logical id,
   * whose hash suffix CDK makes unique across the app.
   */
  physicalName(owner: AssemblyTemplate, logicalId: string): string {
    const given = this.deployment.physicalNames[logicalId];
    if (given) return given;
    const resource = this.resource(owner, logicalId);
    // An HTTP API's `Name` is a label; its id is generated.
    if (resource.Type === 'AWS::ApiGatewayV2::Api') return logicalId.toLowerCase();
    const properties = resource.Properties ?? {};
    const named = NAME_PROPERTIES.find((property) => typeof properties[property] === 'string');
    return named ? (properties[named] as string) : logicalId.toLowerCase();
  }
}
