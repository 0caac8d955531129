import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { WebhookEvent } from '../../domain/webhooks.js';
import { eventsOf, type CommittedChange } from './event-sources.js';

/** A stream record as both the Lambda event and GetRecords carry it. */
export interface StreamRecord {
  eventName?: string;
  dynamodb?: {
    Keys?: Record<string, unknown>;
    NewImage?: Record<string, unknown>;
    OldImage?: Record<string, unknown>;
  };
}

const image = (attributes: Record<string, unknown> | undefined) =>
  attributes ? unmarshall(attributes as Record<string, AttributeValue>) : null;

export function changeOf(record: StreamRecord): CommittedChange | null {
  const keys = image(record.dynamodb?.Keys);
  if (!keys || !record.eventName) return null;
  return {
    eventName: record.eventName as CommittedChange['eventName'],
    keys: keys as CommittedChange['keys'],
    newImage: image(record.dynamodb?.NewImage),
    oldImage: image(record.dynamodb?.OldImage),
  };
}

/** The events a batch of stream records makes, in stream order. */
export function eventsOfRecords(records: readonly StreamRecord[]): WebhookEvent[] {
  return records.flatMap((record) => {
    const change = changeOf(record);
    return change ? eventsOf(change) : [];
  });
}
