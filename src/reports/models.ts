import type { CachedValue } from '../cache/read-through';

export interface ReportModel extends CachedValue {
  type: string;
  params: unknown;
}

export interface ReportTypeModel {
  name: string;
  description: string;
  ttlSeconds: number;
}
