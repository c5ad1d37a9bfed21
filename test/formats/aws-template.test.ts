import { describe, expect, it } from 'vitest';
import { alternativesOf, readTemplate } from '../../src/formats/aws-template.js';
import type { Template } from '../../src/formats/aws-template.js';
import { documentsOf } from '../helpers.js';

function template(yaml: string): Template {
  const [doc] = documentsOf(yaml, 'template.yaml');
  const read = readTemplate(doc?.value);
  if (!read) throw new Error('not a template');
  return read;
}

const TEMPLATE = template(
  [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    '  Stage: {Type: String, AllowedValues: [dev, prod]}',
    '  Open: {Type: String, Default: fast}',
    'Mappings:',
    '  Configs:',
    '    dev: {Type: AllAtOnce}',
    '    prod: {Type: Canary10Percent5Minutes}',
    'Resources:',
    '  Config: {Type: AWS::CodeDeploy::DeploymentConfig}',
  ].join('\n'),
);

const values = (value: unknown) =>
  alternativesOf(TEMPLATE, value).map((alternative) => [alternative.resolved, alternative.sources]);

describe('alternativesOf', () => {
  it('reads every value of a mapping when its key is a parameter', () => {
    expect(values({ 'Fn::FindInMap': ['Configs', { Ref: 'Stage' }, 'Type'] })).toEqual([
      [
        { kind: 'value', value: 'AllAtOnce' },
        ['mapping Configs', 'parameter Stage (no default, allowed dev, prod)'],
      ],
      [
        { kind: 'value', value: 'Canary10Percent5Minutes' },
        ['mapping Configs', 'parameter Stage (no default, allowed dev, prod)'],
      ],
    ]);
  });

  it('substitutes Fn::Sub variables from its own map and from parameters', () => {
    expect(values({ 'Fn::Sub': ['CodeDeployDefault.Lambda${Name}-${Open}', { Name: 'AllAtOnce' }] })).toEqual(
      [
        [
          { kind: 'value', value: 'CodeDeployDefault.LambdaAllAtOnce-fast' },
          ['parameter Open (default fast; any other value can be passed at deploy time)'],
        ],
      ],
    );
  });

  it('takes both branches of nested Fn::If, and refs to resources and AWS::NoValue', () => {
    expect(
      values({ 'Fn::If': ['A', { Ref: 'Config' }, { 'Fn::If': ['B', 'x', { Ref: 'AWS::NoValue' }] }] }),
    ).toEqual([
      [{ kind: 'ref', id: 'Config' }, ['condition A']],
      [{ kind: 'value', value: 'x' }, ['condition A', 'condition B']],
      [{ kind: 'none' }, ['condition A', 'condition B']],
    ]);
  });

  it('treats deploy-time values as unknown', () => {
    expect(values({ Ref: 'AWS::Region' })).toEqual([
      [{ kind: 'unknown', why: 'pseudo parameter AWS::Region is only known at deploy time' }, []],
    ]);
    expect(values({ 'Fn::ImportValue': 'shared-config' })).toEqual([
      [{ kind: 'unknown', why: 'Fn::ImportValue is only known at deploy time' }, []],
    ]);
  });
});
