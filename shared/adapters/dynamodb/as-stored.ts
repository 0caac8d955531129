import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';

/** A document as a read of its item gives it back: what marshalling drops (undefined fields) is gone. */
export function asStored<T>(data: T): T {
  return unmarshall(marshall({ data }, { removeUndefinedValues: true })).data as T;
}
