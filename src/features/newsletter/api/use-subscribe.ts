import * as v from 'valibot';
import { useMutation } from '@tanstack/react-query';
import { isEmailAddress } from '@/lib/email';
import { writeStored } from '@/lib/local-store';
import { isAlreadySubscribed, subscribe } from './newsletter';

// The address this device subscribed (or found already on the list), so the reader is not asked again.
export const subscriberKey = 'newsletter-subscriber';
/** What may be stored under subscriberKey: an address, nothing else (a corrupt or huge entry is ignored). */
export const subscriberSchema = v.pipe(v.string(), v.check(isEmailAddress));

/**
 * Signs an address up. An address that is on the list (subscribed now, or
 * found there already) is remembered on this device; one waiting for the
 * reader to confirm it is not, since nothing is subscribed yet.
 */
export function useSubscribe(endpoint: string) {
  return useMutation({
    mutationFn: (address: string) => subscribe(endpoint, address),
    onSuccess: (subscription, address) => {
      if (subscription.status !== 'pending') writeStored(subscriberKey, address);
    },
    onError: (error, address) => {
      if (isAlreadySubscribed(error)) writeStored(subscriberKey, address);
    },
  });
}
