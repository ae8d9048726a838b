import { demoConversations, type SeedConversation } from './chat';
import { generateDocuments, generatePlatformDocuments, type DemoDocuments, type PlatformDocuments } from './documents';
import { SeededRandom } from './random';
import { DEMO_TENANTS, generateTenant, type DemoTenant } from './relational';
import type { SeedShape } from './sizes';

export const DEMO_SEED = 20_261_123;

export interface DemoData {
  tenants: DemoTenant[];
  /** Per tenant, in the order of `tenants`. */
  documents: DemoDocuments[];
  platform: PlatformDocuments;
  /** Per tenant, in the order of `tenants`: the chat conversations its messages are in. */
  conversations: SeedConversation[][];
}

/**
 * Everything `npm run seed` writes, from one seeded generator: the same data on every run for
 * the same shape and anchor. Documents are generated before anything is written because they
 * complete the rows (project covers). Each tenant's dangling `foreign` reference is a project of
 * the next tenant.
 */
export function generateDemo(shape: SeedShape, anchor: Date, seed = DEMO_SEED): DemoData {
  const random = new SeededRandom(seed);
  const tenants = DEMO_TENANTS.map((spec) => generateTenant(random, spec, shape, anchor));
  const documents = tenants.map((data, i) => {
    const other = tenants[(i + 1) % tenants.length]!;
    return generateDocuments(random, data, { kind: 'PROJECT', id: other.projects[0]!.id }, anchor);
  });
  const conversations = tenants.map((data, i) => demoConversations(data, documents[i]!.chat_message, anchor));
  return { tenants, documents, platform: generatePlatformDocuments(random, anchor), conversations };
}
