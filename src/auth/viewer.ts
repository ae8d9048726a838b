/** Who is asking: derived from a verified token, carried by every request and subscription. */
export interface Viewer {
  readonly tenantId: string;
  readonly userId: string;
  readonly roles: readonly string[];
  /** Seconds since the epoch; sockets close when it passes. */
  readonly expiresAt: number | undefined;
}

export const hasRole = (viewer: Viewer, role: string) => viewer.roles.includes(role);
