/** How much demo data one tenant gets; `--size` picks one. Small stays well inside what the local MongoDB-wire server handles. */
export const seedSizes = {
  small: { projects: 12, tasksPerProject: 6, assets: 16, vendors: 6, purchaseOrders: 20, extraUsers: 4 },
  medium: { projects: 40, tasksPerProject: 8, assets: 50, vendors: 12, purchaseOrders: 80, extraUsers: 10 },
  large: { projects: 120, tasksPerProject: 10, assets: 150, vendors: 25, purchaseOrders: 300, extraUsers: 25 },
} as const;

export type SeedSize = keyof typeof seedSizes;
export type SeedShape = (typeof seedSizes)[SeedSize];
