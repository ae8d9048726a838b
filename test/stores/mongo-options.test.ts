import { DEFAULT_MONGO_USE, readOptions, writeOptions } from '../../src/stores/mongo-options';

describe('read preference and write concern per use (seed 000, "Validation Rules")', () => {
  it('reads dashboards and analytics from secondaries when configured, and everything else from the primary', () => {
    expect(readOptions('dashboard_snapshot', DEFAULT_MONGO_USE)).toEqual({ readPreference: 'secondaryPreferred' });
    expect(readOptions('analytics_aggregate', DEFAULT_MONGO_USE)).toEqual({ readPreference: 'secondaryPreferred' });
    expect(readOptions('comment_thread', DEFAULT_MONGO_USE)).toEqual({});
    expect(readOptions('dashboard_snapshot', { ...DEFAULT_MONGO_USE, secondaryReads: false })).toEqual({});
  });

  it('writes the audit logs with the configured durable write concern, majority by default', () => {
    expect(writeOptions('entity_changelog', DEFAULT_MONGO_USE)).toEqual({ writeConcern: { w: 'majority' } });
    expect(writeOptions('field_audit_log', { ...DEFAULT_MONGO_USE, durableWriteConcern: 2 })).toEqual({ writeConcern: { w: 2 } });
    expect(writeOptions('api_request_log', DEFAULT_MONGO_USE)).toEqual({});
  });
});
