import type {
  AssetRow, ProjectRow, PurchaseOrderRow, TaskRow, TenantRow, UserRow, VendorRow,
} from '../registry/rows';
import type { SeededRandom } from './random';
import type { SeedShape } from './sizes';

export interface DemoTenant {
  tenant: TenantRow;
  users: UserRow[];
  projects: ProjectRow[];
  tasks: TaskRow[];
  assets: AssetRow[];
  vendors: VendorRow[];
  purchaseOrders: PurchaseOrderRow[];
}

/** The named demo users; README and tests refer to them. */
export const DEMO_TENANTS = [
  {
    slug: 'acme', name: 'Acme Construction',
    users: [
      { email: 'alice@acme.example', name: 'Alice Admin', roles: ['admin', 'sender'] },
      { email: 'bob@acme.example', name: 'Bob Builder', roles: ['member'] },
    ],
  },
  {
    slug: 'globex', name: 'Globex Infrastructure',
    users: [{ email: 'carol@globex.example', name: 'Carol Chief', roles: ['admin', 'sender'] }],
  },
] as const;

const FIRST_NAMES = ['Dana', 'Eli', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Milo', 'Nia', 'Omar'];
const PROJECT_WORDS = ['Harbor', 'Ridge', 'Metro', 'Canal', 'Summit', 'Delta', 'Orchard', 'Beacon', 'Granite', 'Willow'];
const PROJECT_KINDS = ['Bridge', 'Depot', 'Tower', 'Tunnel', 'Substation', 'Terminal', 'Pipeline', 'Campus'];
const TASK_VERBS = ['Inspect', 'Order', 'Survey', 'Pour', 'Approve', 'Install', 'Test', 'Schedule', 'Review'];
const TASK_OBJECTS = ['foundations', 'rebar', 'site access', 'concrete', 'permits', 'scaffolding', 'HVAC', 'drainage'];
const ASSET_CATEGORIES = ['excavator', 'crane', 'generator', 'truck', 'laptop', 'survey drone', 'compressor'];
const VENDOR_NAMES = ['Steelworks', 'Concrete Co', 'Rental Partners', 'Electrical Supply', 'Timber Yard',
  'Safety Gear', 'Logistics', 'Survey Group', 'Fasteners', 'Aggregates', 'Glass & Glazing', 'Plumbing Depot'];

const day = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const money = (random: SeededRandom, min: number, max: number) => (random.int(min * 100, max * 100) / 100).toFixed(2);

/** Rows of one demo tenant, every timestamp before `anchor`. */
export function generateTenant(
  random: SeededRandom, spec: (typeof DEMO_TENANTS)[number], shape: SeedShape, anchor: Date,
): DemoTenant {
  const at = (daysAgo: number) => new Date(anchor.getTime() - daysAgo * day - random.int(0, day - 1));
  const stamped = <T>(row: T, daysAgo: number) => {
    const createdAt = at(daysAgo);
    // Rows created in the last days would otherwise be updated after the anchor; halfway to it
    // keeps them in the past, apart from each other, and costs no extra draw.
    const updated = createdAt.getTime() + random.int(0, 3) * day;
    const updatedAt = new Date(updated < anchor.getTime() ? updated : (createdAt.getTime() + anchor.getTime()) / 2);
    return { ...row, version: 1, createdAt, updatedAt };
  };

  const tenantId = random.uuid();
  const tenant: TenantRow = stamped({ id: tenantId, tenantId, slug: spec.slug, name: spec.name }, 400);

  const users: UserRow[] = spec.users.map((u) => stamped({ id: random.uuid(), tenantId, ...u, roles: [...u.roles] }, 390));
  for (let i = 0; i < shape.extraUsers; i++) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    users.push(stamped({
      id: random.uuid(), tenantId, email: `${first.toLowerCase()}${i}@${spec.slug}.example`,
      name: `${first} ${spec.name.split(' ')[0]}`, roles: ['member'],
    }, random.int(200, 380)));
  }

  const projects: ProjectRow[] = Array.from({ length: shape.projects }, (_, i) => {
    const startsOn = at(random.int(30, 300));
    return stamped({
      id: random.uuid(), tenantId, ownerId: random.pick(users).id, code: `${spec.slug.toUpperCase()}-${100 + i}`,
      name: `${random.pick(PROJECT_WORDS)} ${random.pick(PROJECT_KINDS)}`,
      status: random.pick(['PLANNED', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED']),
      budget: money(random, 50_000, 5_000_000), startsOn: isoDay(startsOn),
      dueOn: isoDay(new Date(startsOn.getTime() + random.int(60, 500) * day)),
      // Set once the cover attachments exist (seed/documents/attachment.ts).
      coverAttachmentId: null,
    }, random.int(1, 360));
  });

  const tasks: TaskRow[] = projects.flatMap((project) =>
    Array.from({ length: shape.tasksPerProject }, () => stamped({
      id: random.uuid(), tenantId, projectId: project.id,
      assigneeId: random.chance(0.85) ? random.pick(users).id : null,
      title: `${random.pick(TASK_VERBS)} ${random.pick(TASK_OBJECTS)}`,
      status: random.pick(['TODO', 'TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'DONE']),
      priority: random.pick(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'URGENT']),
      estimateHours: random.chance(0.7) ? String(random.int(1, 80)) : null,
      dueOn: random.chance(0.8) ? isoDay(at(-random.int(-30, 90))) : null,
    }, random.int(0, 200))));

  const assets: AssetRow[] = Array.from({ length: shape.assets }, (_, i) => stamped({
    id: random.uuid(), tenantId, projectId: random.chance(0.7) ? random.pick(projects).id : null,
    tag: `${spec.slug.toUpperCase()}-A${1000 + i}`, name: `${random.pick(ASSET_CATEGORIES)} #${i + 1}`,
    category: random.pick(ASSET_CATEGORIES), status: random.pick(['IN_SERVICE', 'IN_SERVICE', 'MAINTENANCE', 'RETIRED']),
    purchaseCost: money(random, 500, 400_000), acquiredOn: isoDay(at(random.int(100, 1500))),
  }, random.int(1, 365)));

  const vendors: VendorRow[] = Array.from({ length: shape.vendors }, (_, i) => {
    const name = `${VENDOR_NAMES[i % VENDOR_NAMES.length]}${i >= VENDOR_NAMES.length ? ` ${i}` : ''}`;
    return stamped({
      id: random.uuid(), tenantId, name,
      email: `orders@${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`, rating: random.int(1, 5),
    }, random.int(200, 390));
  });

  const purchaseOrders: PurchaseOrderRow[] = Array.from({ length: shape.purchaseOrders }, (_, i) => stamped({
    id: random.uuid(), tenantId, vendorId: random.pick(vendors).id,
    projectId: random.chance(0.85) ? random.pick(projects).id : null, createdBy: random.pick(users).id,
    number: `PO-${spec.slug.toUpperCase()}-${String(i + 1).padStart(5, '0')}`,
    status: random.pick(['DRAFT', 'SUBMITTED', 'APPROVED', 'APPROVED', 'RECEIVED', 'CANCELLED']),
    totalAmount: money(random, 100, 250_000), currency: 'USD', orderedOn: isoDay(at(random.int(0, 300))),
  }, random.int(0, 300)));

  return { tenant, users, projects, tasks, assets, vendors, purchaseOrders };
}
