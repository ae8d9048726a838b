import { ErrorCode, GatewayError } from '../errors';
import { subscriptionsDropped } from '../metrics';

const MESSAGES = {
  slow: 'This subscription fell too far behind and was ended. Subscribe again with `after`: the cursor of the last item received.',
  interrupted: 'The live feed was interrupted. Subscribe again with `after`: the cursor of the last item received.',
} as const;

/**
 * The error that ends a subscription the gateway can no longer serve exactly. Safe to end: the
 * client resubscribes with `after` and the replay from MongoDB gives it what it missed.
 */
export const subscriptionDropped = (reason: keyof typeof MESSAGES) => () => {
  subscriptionsDropped.inc({ reason });
  return new GatewayError(ErrorCode.SUBSCRIPTION_DROPPED, MESSAGES[reason]);
};
